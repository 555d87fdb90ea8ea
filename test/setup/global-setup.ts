import IORedis from 'ioredis';
import { Client } from 'pg';
import { runMigrations } from '../../libs/database/src/migrations';
import { TEST_DATABASE_NAME, TEST_QUEUE_PREFIX, testDatabaseUrl } from './test-database';

/**
 * Once per run: a fresh test database migrated from empty (so migrations are exercised too),
 * and no leftover test queue keys in Redis.
 */
export default async function globalSetup(): Promise<void> {
  const url = testDatabaseUrl();
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE_NAME} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEST_DATABASE_NAME}`);
  await client.end();
  await runMigrations({ url, poolSize: 2, autoCreate: false });

  const redis = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
  await redis.connect();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${TEST_QUEUE_PREFIX}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}
