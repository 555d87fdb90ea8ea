import { CatalogueImportService, CatalogueModule, type ImportRecord } from '@fitscout/catalogue';
import { ConfigModule } from '@fitscout/config';
import { DatabaseModule } from '@fitscout/database';
import type { INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { emptyScoringRecord, SCORING_NOW, scoringRecord } from '../../../test/e2e/support/scoring-fixtures';
import { AccountScoreEntity } from './entities/account-score.entity';
import { EngagementBenchmarkEntity } from './entities/engagement-benchmark.entity';
import { FitModule } from './fit.module';
import { ScoreService } from './score.service';

@Module({
  imports: [ConfigModule, DatabaseModule.forRoot({ applicationName: 'test' }), CatalogueModule, FitModule],
})
class TestModule {}

describe('ScoreService against PostgreSQL', () => {
  let app: INestApplicationContext;
  let service: ScoreService;
  let ds: DataSource;

  async function importAll(records: ImportRecord[]): Promise<Map<string, string>> {
    await app.get(CatalogueImportService).importRecords(records, SCORING_NOW);
    const rows: { handle: string; id: string }[] = await ds.query(
      'SELECT handle, id FROM platform_accounts WHERE handle = ANY($1)',
      [records.map((r) => r.handle)],
    );
    return new Map(rows.map((r) => [r.handle, r.id]));
  }

  const stored = (accountId: string) => ds.getRepository(AccountScoreEntity).findOneByOrFail({ accountId });
  const explained = async (accountId: string) => (await service.storedScores([accountId])).get(accountId)!;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    service = app.get(ScoreService);
    ds = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('stores engagement and authenticity with components, confidence and benchmark version', async () => {
    const record = scoringRecord();
    const ids = await importAll([record]);
    const accountId = ids.get(record.handle)!;
    const report = await service.recomputeAccounts([accountId], { now: SCORING_NOW });
    expect(report).toMatchObject({ accounts: 1, scored: { engagement: 1, authenticity: 1 } });

    const row = await stored(accountId);
    expect(row.engagementScore).toEqual(expect.any(Number));
    expect(row.authenticityScore).toBeGreaterThan(50);
    expect(row.features.followerSample).toEqual({ size: expect.any(Number), suspicious: expect.any(Number) });
    // The explanation is re-derived from the stored features and reproduces the stored numbers exactly.
    const scores = await explained(accountId);
    expect(scores.engagement.score).toBeCloseTo(row.engagementScore!, 1);
    expect(scores.authenticity.score).toBeCloseTo(row.authenticityScore!, 1);
    expect(scores.engagement.components.length).toBeGreaterThan(0);
    expect(row.authenticityConfidence).toBe(scores.authenticity.confidence.level);
    expect(scores.authenticity.computedAt).toBe(SCORING_NOW.toISOString());
    expect(row.computedAt.toISOString()).toBe(SCORING_NOW.toISOString());
    // Other suites may have activated a catalogue benchmark in this database; the score names the active one.
    expect(row.benchmarkVersion).toBe((await service.activeBenchmark()).version);
  });

  it('stores insufficient data as a null score with the reason', async () => {
    const record = emptyScoringRecord();
    const ids = await importAll([record]);
    const accountId = ids.get(record.handle)!;
    const report = await service.recomputeAccounts([accountId], { now: SCORING_NOW });
    expect(report.insufficientData).toEqual({ engagement: 1, authenticity: 1 });

    const row = await stored(accountId);
    expect(row).toMatchObject({
      engagementScore: null,
      authenticityScore: null,
      engagementConfidence: 'insufficient_data',
      authenticityConfidence: 'insufficient_data',
    });
    const scores = await explained(accountId);
    expect(scores.engagement.score).toBeNull();
    expect(scores.engagement.confidence.reasons.length).toBeGreaterThan(0);
    expect(scores.authenticity.confidence.reasons.length).toBeGreaterThan(0);
  });

  it('recomputes when the account data changes (one row per account, updated in place)', async () => {
    const record = scoringRecord({ engagementRate: 0.004 });
    const ids = await importAll([record]);
    const accountId = ids.get(record.handle)!;
    await service.recomputeAccounts([accountId], { now: SCORING_NOW });
    const before = await stored(accountId);

    const richer = scoringRecord({ handle: record.handle, engagementRate: 0.08 });
    await importAll([richer]);
    const later = new Date(SCORING_NOW.getTime() + 60_000);
    await service.recomputeAccounts([accountId, accountId], { now: later });
    const after = await stored(accountId);
    expect(after.engagementScore).toBeGreaterThan(before.engagementScore!);
    expect(after.computedAt.getTime()).toBe(later.getTime());
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM account_scores WHERE account_id = $1', [
      accountId,
    ]);
    expect(n).toBe(1);
  });

  it('removes the scores with the account (ON DELETE CASCADE)', async () => {
    const record = scoringRecord();
    const accountId = (await importAll([record])).get(record.handle)!;
    await service.recomputeAccounts([accountId], { now: SCORING_NOW });
    await ds.query('DELETE FROM platform_accounts WHERE id = $1', [accountId]);
    expect(await ds.getRepository(AccountScoreEntity).countBy({ accountId })).toBe(0);
  });

  it('recomputes the whole catalogue in keyset chunks and reports accounts/s', async () => {
    await importAll(Array.from({ length: 12 }, () => scoringRecord()));
    const started = new Date();
    const report = await service.recomputeAll({ now: SCORING_NOW, chunkSize: 5 });
    expect(report.accounts).toBeGreaterThanOrEqual(12);
    expect(report.accountsPerSecond).toBeGreaterThan(0);
    const [{ missing }] = await ds.query(
      `SELECT count(*)::int AS missing FROM platform_accounts a
        LEFT JOIN account_scores s ON s.account_id = a.id
        WHERE s.account_id IS NULL AND a.created_at < $1`,
      [started],
    );
    expect(missing).toBe(0);
  });

  it('re-scores from stored features until the account data changes, then re-derives them', async () => {
    const record = scoringRecord({ engagementRate: 0.004 });
    const accountId = (await importAll([record])).get(record.handle)!;
    await service.recomputeAll({ now: SCORING_NOW });
    const first = await stored(accountId);

    // Unchanged data: the features row is kept as it was (only the numbers are rewritten).
    const later = new Date(SCORING_NOW.getTime() + 3_600_000);
    await service.recomputeAll({ now: later });
    const again = await stored(accountId);
    expect(again.sourceVersion).toEqual(first.sourceVersion);
    expect(again.features).toEqual(first.features);
    expect(again.computedAt.getTime()).toBe(later.getTime());

    // Changed data (a re-import touches the account row): the next full run derives new features from it.
    await importAll([scoringRecord({ handle: record.handle, engagementRate: 0.08 })]);
    await service.recomputeAll({ now: later });
    const changed = await stored(accountId);
    expect(changed.sourceVersion.getTime()).toBeGreaterThan(first.sourceVersion.getTime());
    expect(changed.engagementScore).toBeGreaterThan(first.engagementScore!);
  });

  it('builds versioned benchmarks from stored engagement rates, activates the newest and scores with it', async () => {
    const records = Array.from({ length: 8 }, (_, i) => scoringRecord({ engagementRate: 0.01 + i * 0.005 }));
    const ids = await importAll(records);
    const first = await service.rebuildBenchmark({ now: SCORING_NOW, minBucketSize: 5 });
    const second = await service.rebuildBenchmark({ now: SCORING_NOW, minBucketSize: 5 });
    expect(second.version).not.toBe(first.version);
    expect(second.version).toMatch(/^catalogue-20261123\.\d+$/);
    expect(second.accountCount).toBeGreaterThanOrEqual(8);
    expect(second.buckets).toBeGreaterThanOrEqual(1);

    const versions = await ds.getRepository(EngagementBenchmarkEntity).find();
    expect(versions.filter((v) => v.active).map((v) => v.version)).toEqual([second.version]);
    expect(versions.map((v) => v.version)).toEqual(expect.arrayContaining([first.version, second.version]));
    expect((await service.activeBenchmark()).version).toBe(second.version);

    const accountId = ids.get(records[3].handle)!;
    await service.recomputeAccounts([accountId], { now: SCORING_NOW });
    const row = await stored(accountId);
    // instagram:10k_30k has ≥ 5 catalogue accounts now, so no fallback suffix.
    expect(row.benchmarkVersion).toBe(second.version);
    expect((await explained(accountId)).engagement.benchmarkVersion).toBe(second.version);
  });
});
