import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import IORedis, { type Redis } from 'ioredis';

/** PING with a short timeout on a dedicated connection that fails fast while Redis is down. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {
    this.client = new IORedis(config.redis.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      connectTimeout: 1000,
      connectionName: 'fitscout-health',
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    this.client.on('error', () => undefined);
  }

  async check(key = 'redis') {
    const indicator = this.health.check(key);
    try {
      if (this.client.status === 'wait') await this.client.connect();
      const started = Date.now();
      const pong = await Promise.race([
        this.client.ping(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout after 1000 ms')), 1000).unref(),
        ),
      ]);
      if (pong !== 'PONG') return indicator.down({ message: `unexpected reply ${pong}` });
      return indicator.up({ latencyMs: Date.now() - started });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
