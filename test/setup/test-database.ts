/**
 * The test run's own database and queue prefix, derived from DATABASE_URL so CI and developers
 * can point tests at another server, while never touching the development database.
 */
export const TEST_DATABASE_NAME = 'fitscout_test';
export const TEST_QUEUE_PREFIX = 'fitscout-test';

export function testDatabaseUrl(
  base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/fitscout',
): string {
  const url = new URL(base);
  url.pathname = `/${TEST_DATABASE_NAME}`;
  return url.toString();
}
