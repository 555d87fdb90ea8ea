export * from './check-record';
export * from './compliance-check.entity';
export * from './compliance-checks.module';
export * from './compliance-checks.service';
