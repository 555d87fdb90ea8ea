import { CatalogueImportService, PLATFORMS, PrivacyService } from '@fitscout/catalogue';
import { ScoreService } from '@fitscout/fit';
import type { INestApplicationContext } from '@nestjs/common';
import { existsSync, writeFileSync } from 'node:fs';
import { CliUsageError, requireOneOf, requireOption } from '../cli-error';

type Options = Record<string, string | undefined>;

export async function importCatalogue(app: INestApplicationContext, options: Options) {
  const file = requireOption(options, 'file');
  if (!existsSync(file)) throw new CliUsageError(`--file ${file} does not exist`, 'file');
  const format =
    options.format === undefined
      ? undefined
      : requireOneOf(options.format, ['jsonl', 'csv'] as const, 'format');
  const report = await app.get(CatalogueImportService).importFile(file, { format });
  // Imported data changes scores: the accounts it touched are re-scored now (--skip-scoring leaves that to the
  // worker's stale-score schedule, e.g. for a first bulk load).
  if (options['skip-scoring'] === 'true') return { import: report, scoring: 'skipped' };
  return { import: report, scoring: await app.get(ScoreService).recomputeStale() };
}

function target(options: Options) {
  return {
    platform: requireOneOf(requireOption(options, 'platform'), PLATFORMS, 'platform'),
    handle: requireOption(options, 'handle'),
  };
}

export async function eraseCreator(app: INestApplicationContext, options: Options) {
  const { platform, handle } = target(options);
  return app.get(PrivacyService).erase(platform, handle);
}

export async function exportCreator(app: INestApplicationContext, options: Options) {
  const { platform, handle } = target(options);
  const data = await app.get(PrivacyService).export(platform, handle);
  if (!data) throw new CliUsageError(`no data held for ${platform}:${handle}`, 'handle');
  if (options.out) {
    writeFileSync(options.out, `${JSON.stringify(data, null, 2)}\n`);
    return { written: options.out };
  }
  return data;
}
