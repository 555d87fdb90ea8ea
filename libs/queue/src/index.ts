export * from './job-handler.decorator';
export * from './job-producer';
export * from './queue.constants';
export * from './queue.module';
export * from './redis-connection';
export * from './retry-later.error';
