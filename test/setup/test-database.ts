/**
 * The test run's own database and queue prefix, derived from DATABASE_URL so CI and developers
 * can point tests at another server, while never touching the development database.
 * TEST_DATABASE_NAME / TEST_QUEUE_PREFIX let two suites run side by side without sharing state.
 */
export const TEST_DATABASE_NAME = process.env.TEST_DATABASE_NAME ?? 'fitscout_test';
export const TEST_QUEUE_PREFIX = process.env.TEST_QUEUE_PREFIX ?? 'fitscout-test';

if (!/^[a-z0-9_]{1,63}$/.test(TEST_DATABASE_NAME))
  throw new Error('TEST_DATABASE_NAME must match [a-z0-9_]+');

export function testDatabaseUrl(
  base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/fitscout',
): string {
  const url = new URL(base);
  url.pathname = `/${TEST_DATABASE_NAME}`;
  return url.toString();
}
