import { ScoreService } from '@fitscout/fit';
import type { INestApplicationContext } from '@nestjs/common';
import { CliUsageError } from '../cli-error';

type Options = Record<string, string | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new benchmark changes every percentile, so the whole catalogue is re-scored against it right away. */
export async function rebuildBenchmarks(app: INestApplicationContext) {
  const service = app.get(ScoreService);
  const benchmark = await service.rebuildBenchmark();
  return { benchmark, recompute: await service.recomputeAll() };
}

/** Prints counts and accounts/s; `--accounts` limits the run to the given account ids. */
export async function recomputeScores(app: INestApplicationContext, options: Options) {
  const service = app.get(ScoreService);
  if (options.stale === 'true') return service.recomputeStale();
  if (options.accounts === undefined) return service.recomputeAll();
  const ids = options.accounts
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !UUID.test(id));
  if (ids.length === 0 || bad !== undefined) {
    throw new CliUsageError(
      `--accounts must be comma-separated account ids${bad ? ` (got ${bad})` : ''}`,
      'accounts',
    );
  }
  return service.recomputeAccounts(ids);
}
