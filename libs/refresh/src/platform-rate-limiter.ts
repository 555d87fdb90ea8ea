import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import { createRedisConnection } from '@fitscout/queue';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';

export type RateLimits = AppConfig['refresh']['rateLimits'];

/**
 * Calls per platform and fixed time window, counted in Redis so every worker process shares one budget.
 * BullMQ's own limiter applies to a whole queue (per-group limits are a paid feature), so refresh jobs of all
 * platforms share one queue and each job takes a slot of its platform here before calling the API; without one
 * it is parked until the next window (RetryLaterError), which costs no attempt.
 */
@Injectable()
export class PlatformRateLimiter implements OnModuleDestroy {
  private redis: Redis | null = null;
  private readonly limits: RateLimits;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.limits = config.refresh.rateLimits;
    this.prefix = `${config.redis.queuePrefix}:ratelimit`;
  }

  /** null when the call may go ahead now, else when the platform's next window opens. */
  async acquire(platform: string, now = Date.now()): Promise<Date | null> {
    const rule = this.limits[platform];
    if (!rule) return null;
    const windowMs = rule.perSeconds * 1000;
    const window = Math.floor(now / windowMs);
    const key = `${this.prefix}:${platform}:${window}`;
    const results = await this.connection()
      .multi()
      .incr(key)
      .pexpire(key, windowMs * 2)
      .exec();
    const used = Number(results?.[0]?.[1] ?? 0);
    return used <= rule.calls ? null : new Date((window + 1) * windowMs);
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
    this.redis = null;
  }

  /** Worker-style connection: it waits through connects and reconnects rather than failing the job at once. */
  private connection(): Redis {
    this.redis ??= createRedisConnection(this.config.redis.url, 'worker', 'fitscout-rate-limiter');
    return this.redis;
  }
}
