#!/usr/bin/env node
// Drift gate: migrate a scratch database from empty, then ask TypeORM whether the entities
// still differ from the schema. Fails (exit 1) when an entity changed without a migration.
const { execFileSync } = require('node:child_process');
const { Client } = require('pg');

const base = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/fitscout');
const scratch = new URL(base);
scratch.pathname = '/fitscout_drift_check';
const admin = new URL(base);
admin.pathname = '/postgres';

async function recreate() {
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query('DROP DATABASE IF EXISTS fitscout_drift_check WITH (FORCE)');
  await client.query('CREATE DATABASE fitscout_drift_check');
  await client.end();
}

(async () => {
  await recreate();
  const env = { ...process.env, DATABASE_URL: scratch.toString() };
  const run = (args) =>
    execFileSync('npm', ['run', '--silent', 'typeorm', '--', ...args], { stdio: 'inherit', env });
  run(['migration:run']);
  try {
    run(['migration:generate', '--dryrun', '--check', 'migrations/Drift']);
  } catch {
    console.error(
      'migration drift: the entities changed without a migration (npm run migration:generate -- Name)',
    );
    process.exit(1);
  }
  // The down() of every migration must work too: revert all, then re-apply.
  const count = require('node:fs')
    .readdirSync('migrations')
    .filter((f) => /^\d+-.*\.ts$/.test(f)).length;
  for (let i = 0; i < count; i++) run(['migration:revert']);
  run(['migration:run']);
  console.log(`migration check: no drift; ${count} migration(s) reverted and re-applied`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
