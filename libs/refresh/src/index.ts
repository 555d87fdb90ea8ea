export * from './account-record';
export * from './freshness';
export * from './platform-rate-limiter';
export * from './refresh-batcher';
export * from './refresh-scheduler.service';
export * from './refresh.module';
export * from './refresh.service';
