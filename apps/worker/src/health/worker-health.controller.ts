import { metricsRegistry, ReadinessService } from '@fitscout/observability';
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';

/** The worker's only HTTP surface: liveness, readiness (PostgreSQL + Redis) and Prometheus metrics. */
@Controller()
export class WorkerHealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('health/live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<object> {
    const report = await this.readiness.check();
    res.status(report.httpStatus);
    return report.body;
  }

  @Get('metrics')
  async metrics(@Res() res: Response): Promise<void> {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}
