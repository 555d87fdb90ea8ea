import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisHealthIndicator } from './redis.health';

export interface ReadinessReport {
  httpStatus: 200 | 503;
  body: object;
}

/** PostgreSQL + Redis readiness for both apps, with terminus's detailed body kept on outage. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  async check(): Promise<ReadinessReport> {
    try {
      const body = await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1500 }),
        () => this.redis.check('redis'),
      ]);
      return { httpStatus: 200, body };
    } catch (error) {
      // Terminus reports an outage by throwing; keep its body rather than a bare problem document.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      return { httpStatus: 503, body: error.getResponse() as object };
    }
  }
}
