import IORedis, { type Redis, type RedisOptions } from 'ioredis';

/**
 * Workers block on Redis and must retry forever (`maxRetriesPerRequest: null`, as BullMQ requires);
 * producers fail fast instead, so an API request never hangs on a Redis outage.
 */
export function createRedisConnection(
  url: string,
  role: 'producer' | 'worker' | 'client',
  name: string,
): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true, connectionName: name }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, connectionName: name };
  // Keep reconnecting with a capped delay; the health endpoint reports the outage meanwhile.
  options.retryStrategy = (attempt: number) => Math.min(attempt * 200, 2000);
  return new IORedis(url, options);
}
