export * from './health.module';
export * from './logging.module';
export * from './metrics';
export * from './readiness.service';
export * from './redis.health';
export * from './request-id';
