// Runs in every integration/e2e worker before the tests: configuration comes from the environment.
import { TEST_QUEUE_PREFIX, testDatabaseUrl } from './test-database';

process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = testDatabaseUrl();
process.env.QUEUE_PREFIX = TEST_QUEUE_PREFIX;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.DATABASE_POOL_SIZE = '5';
// Repeatable jobs would act on every suite's data in the background; tests enqueue what they need.
process.env.WORKER_SCHEDULES = 'false';
