export * from './base.entity';
export * from './data-source-options';
export * from './database.module';
export * from './ensure-database';
export * from './snake-naming.strategy';
export * from './migrations';
