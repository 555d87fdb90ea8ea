import type { AppConfig } from '@fitscout/config';
import { randomUUID } from 'node:crypto';
import { PlatformRateLimiter } from './platform-rate-limiter';

describe('PlatformRateLimiter against real Redis', () => {
  const config = {
    redis: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', queuePrefix: `rl-test-${randomUUID()}` },
    refresh: { rateLimits: { instagram: { calls: 2, perSeconds: 60 } } },
  } as unknown as AppConfig;
  const limiter = new PlatformRateLimiter(config);
  afterAll(() => limiter.onModuleDestroy());

  it('grants the budget of a window, then names the start of the next window', async () => {
    const now = Date.UTC(2026, 10, 23, 12, 0, 10);
    expect(await limiter.acquire('instagram', now)).toBeNull();
    expect(await limiter.acquire('instagram', now + 1000)).toBeNull();
    const retryAt = await limiter.acquire('instagram', now + 2000);
    expect(retryAt?.toISOString()).toBe('2026-11-23T12:01:00.000Z');
    // The next window has a fresh budget.
    expect(await limiter.acquire('instagram', now + 60_000)).toBeNull();
  });

  it('leaves platforms without a configured limit alone', async () => {
    for (let i = 0; i < 5; i++) expect(await limiter.acquire('youtube')).toBeNull();
  });

  it("is one budget for every process: a second limiter sees the first one's calls", async () => {
    const now = Date.UTC(2026, 10, 23, 13, 0, 0);
    const other = new PlatformRateLimiter(config);
    try {
      expect(await limiter.acquire('instagram', now)).toBeNull();
      expect(await other.acquire('instagram', now)).toBeNull();
      expect(await other.acquire('instagram', now)).not.toBeNull();
    } finally {
      other.onModuleDestroy();
    }
  });
});
