import type { AppConfig } from '@fitscout/config';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;

/**
 * The one place the PostgreSQL connection is described. `synchronize` is never on:
 * the schema changes only through generated migrations.
 */
export function buildDataSourceOptions(
  config: AppConfig['database'],
  extra: { entities?: EntityList; migrations?: string[]; applicationName?: string } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.url,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    entities: extra.entities ?? [],
    migrations: extra.migrations ?? [],
    migrationsTableName: 'typeorm_migrations',
    // gen_random_uuid() is built into PostgreSQL 13+: migrations need no extension.
    uuidExtension: 'pgcrypto',
    migrationsTransactionMode: 'each',
    extra: { max: config.poolSize, application_name: extra.applicationName ?? 'fitscout' },
  };
}
