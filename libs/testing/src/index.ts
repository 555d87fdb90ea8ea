export * from './factories';
export * from './queue-helpers';
