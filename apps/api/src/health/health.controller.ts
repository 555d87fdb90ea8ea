import { metricsRegistry, ReadinessService } from '@fitscout/observability';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiEndpoint } from '../http/api-endpoint.decorator';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('health/live')
  @ApiEndpoint({ operationId: 'getLiveness', summary: 'Liveness: the process is up', access: 'public' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @ApiEndpoint({
    operationId: 'getReadiness',
    summary: 'Readiness: PostgreSQL and Redis are reachable',
    description: 'Answers 503 with the same body shape while a dependency is down.',
    access: 'public',
  })
  @ApiOkResponse({
    schema: {
      example: { status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up', latencyMs: 1 } } },
    },
  })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; `error` names it.' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<object> {
    const report = await this.readiness.check();
    res.status(report.httpStatus);
    return report.body;
  }

  @Get('metrics')
  @ApiEndpoint({ operationId: 'getMetrics', summary: 'Prometheus metrics', access: 'public' })
  @ApiOkResponse({ content: { 'text/plain': { schema: { type: 'string' } } } })
  async metrics(@Res() res: Response): Promise<void> {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}
