import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@fitscout/config';
import { buildDataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';

/**
 * Generated migrations live in the repo's top-level migrations/ folder as `<epochms>-<Name>.ts`
 * (compiled to .js under dist/). The digit prefix keeps data-source.ts out of the glob.
 */
export const MIGRATIONS_GLOB = resolve(__dirname, '../../../migrations/[0-9]*-*.{ts,js}');

/** Creates the database if needed and applies pending migrations; returns the names applied. */
export async function runMigrations(config: AppConfig['database']): Promise<string[]> {
  if (config.autoCreate) await ensureDatabase(config.url);
  const dataSource = new DataSource(
    buildDataSourceOptions(
      { ...config, poolSize: 2 },
      { migrations: [MIGRATIONS_GLOB], applicationName: 'fitscout-migrate' },
    ),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
