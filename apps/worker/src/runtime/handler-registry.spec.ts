import { JobName, QueueName } from '@fitscout/queue';
import { buildHandlerRegistry, type DiscoveredHandler, HandlerRegistryError } from './handler-registry';

const handler = (jobName: string, owner = 'A.handle'): DiscoveredHandler => ({
  jobName: jobName as JobName,
  owner,
  handle: async () => undefined,
});

describe('buildHandlerRegistry', () => {
  it('groups exactly-one handlers by their queue', () => {
    const registry = buildHandlerRegistry(
      [handler(JobName.PurgeExpiredRefreshTokens)],
      [JobName.PurgeExpiredRefreshTokens],
    );
    expect([...registry.keys()]).toEqual([QueueName.Maintenance]);
    expect(registry.get(QueueName.Maintenance)?.get(JobName.PurgeExpiredRefreshTokens)?.owner).toBe(
      'A.handle',
    );
  });

  it('lists every problem: missing, duplicate and unknown handlers', () => {
    const attempt = () =>
      buildHandlerRegistry(
        [
          handler('nope.unknown', 'X.y'),
          handler(JobName.PurgeExpiredRefreshTokens, 'A.a'),
          handler(JobName.PurgeExpiredRefreshTokens, 'B.b'),
        ],
        [JobName.PurgeExpiredRefreshTokens, 'other.job' as JobName],
      );
    expect(attempt).toThrow(HandlerRegistryError);
    try {
      attempt();
    } catch (error) {
      expect((error as HandlerRegistryError).problems).toEqual([
        'job "auth.purge-expired-refresh-tokens" has 2 handlers: A.a, B.b',
        'job "other.job" has no handler',
        'X.y handles unknown job "nope.unknown"',
      ]);
    }
  });
});
