export * from './auth-context';
export * from './organisation.entity';
export * from './roles';
export * from './tenancy.module';
export * from './tenant-scoped.entity';
