import 'reflect-metadata';
import { DomainError } from '@fitscout/common';
import { loadConfigOrExit } from '@fitscout/config';
import { runMigrations } from '@fitscout/database';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseOptions } from './cli-args';
import { CliUsageError } from './cli-error';
import { CliModule } from './cli.module';
import { eraseCreator, exportCreator, importCatalogue } from './commands/catalogue.commands';
import { addUser, createOrganisation } from './commands/identity.commands';
import { rebuildBenchmarks, recomputeScores } from './commands/scoring.commands';

type Options = Record<string, string | undefined>;
type Command = (options: Options) => Promise<unknown>;

const withApp =
  (fn: (app: INestApplicationContext, options: Options) => Promise<unknown>): Command =>
  async (options) => {
    const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
    try {
      return await fn(app, options);
    } finally {
      await app.close();
    }
  };

const COMMANDS: Record<string, { usage: string; run: Command }> = {
  'db:migrate': {
    usage: 'db:migrate',
    run: async () => ({ applied: await runMigrations(loadConfigOrExit().database) }),
  },
  'org:create': {
    usage:
      'org:create --name N --kind brand|party|union|ngo|agency|other --owner-email E --owner-password P [--jurisdictions DE,AT]',
    run: withApp(createOrganisation),
  },
  'catalogue:import': {
    usage:
      'catalogue:import --file F [--format jsonl|csv] [--skip-scoring]   (JSON Lines or CSV, one account per line; re-scores what changed)',
    run: withApp(importCatalogue),
  },
  'privacy:erase': {
    usage:
      'privacy:erase --platform P --handle H   (deletes the creator everywhere and suppresses re-import)',
    run: withApp(eraseCreator),
  },
  'privacy:export': {
    usage: 'privacy:export --platform P --handle H [--out F]   (everything held on the creator, as JSON)',
    run: withApp(exportCreator),
  },
  'scoring:rebuild-benchmarks': {
    usage:
      'scoring:rebuild-benchmarks   (new engagement benchmark version from the catalogue, made active, catalogue re-scored)',
    run: withApp(rebuildBenchmarks),
  },
  'scoring:recompute': {
    usage:
      'scoring:recompute [--accounts=ID,ID | --stale]   (engagement + authenticity; default: all accounts; --stale: only changed ones)',
    run: withApp(recomputeScores),
  },
  'user:add': {
    usage: 'user:add --org ID|NAME --email E --role owner|admin|manager|analyst|viewer [--password P]',
    run: withApp(addUser),
  },
};

function usage(): string {
  return `Usage: npm run cli -- <command> [options]\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}`;
}

/** Every command prints one JSON document: the result on stdout, or an error on stderr. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(
      `${JSON.stringify({ error: name ? `unknown command "${name}"` : 'no command' })}\n${usage()}\n`,
    );
    return 2;
  }
  try {
    const result = await command.run(parseOptions(rest));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    const isUsage = error instanceof CliUsageError || error instanceof DomainError;
    const body =
      error instanceof Error
        ? { error: error.message, ...('field' in error ? { field: error.field } : {}) }
        : { error: String(error) };
    process.stderr.write(`${JSON.stringify(body)}\n`);
    return isUsage ? 2 : 1;
  }
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
