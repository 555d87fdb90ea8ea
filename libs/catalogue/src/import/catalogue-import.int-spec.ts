import { ConfigModule } from '@fitscout/config';
import { DatabaseModule } from '@fitscout/database';
import type { INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { CatalogueModule } from '../catalogue.module';
import { MetricSnapshotEntity, PlatformAccountEntity, PostEntity, SuppressionEntity } from '../entities';
import { CatalogueImportService } from './catalogue-import.service';
import { keywordTsquery } from '../search/search-document';
import { suppressionKeys } from './suppression-key';

@Module({ imports: [ConfigModule, DatabaseModule.forRoot({ applicationName: 'test' }), CatalogueModule] })
class TestModule {}

const FIXTURE = resolve(__dirname, '../../../../test/fixtures/catalogue/mixed.jsonl');
const NOW = new Date('2026-11-23T12:00:00Z');

describe('catalogue import (JSON Lines) against PostgreSQL', () => {
  let app: INestApplicationContext;
  let importer: CatalogueImportService;
  let ds: DataSource;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    importer = app.get(CatalogueImportService);
    ds = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('imports valid lines and reports invalid ones with line, field and reason', async () => {
    const report = await importer.importFile(FIXTURE, { now: NOW });
    expect(report).toMatchObject({ linesRead: 6, inserted: 2, invalid: 4, suppressed: 0 });
    const byLine = (line: number) => report.errors.filter((e) => e.line === line).map((e) => e.field);
    expect(byLine(3)).toEqual(['followers']);
    expect(byLine(4)).toEqual(['(line)']);
    expect(byLine(5)).toEqual(expect.arrayContaining(['platform', 'influencer.country', 'unknownField']));
    // Line 7: audience shares add up to 1.2.
    expect(report.errors.find((e) => e.line === 7)).toMatchObject({ field: 'audience.countries' });

    const lena = await ds
      .getRepository(PlatformAccountEntity)
      .findOneOrFail({ where: { platform: 'instagram', handle: 'klima.lena' } });
    expect(lena).toMatchObject({ externalId: '1784100001', followers: 12400, status: 'active' });
    const tiktok = await ds
      .getRepository(PlatformAccountEntity)
      .findOneOrFail({ where: { platform: 'tiktok', handle: 'lena.klein.rad' } });
    expect(tiktok.influencerId).toBe(lena.influencerId);
    // Median of organic posts p1 (632/12400) and p3 (550/12400); the sponsored p2 is excluded.
    expect(lena.engagementRate).toBeCloseTo((632 / 12400 + 550 / 12400) / 2, 5);
    expect(lena.engagement).toMatchObject({ sampleSize: 2, denominator: 'followers' });
    expect(await ds.getRepository(PostEntity).count({ where: { accountId: lena.id } })).toBe(3);
  });

  it('is idempotent: importing the same file again updates, adds no duplicate posts or snapshots', async () => {
    const report = await importer.importFile(FIXTURE, { now: NOW });
    expect(report).toMatchObject({ inserted: 0, updated: 2 });
    const lena = await ds
      .getRepository(PlatformAccountEntity)
      .findOneOrFail({ where: { handle: 'klima.lena' } });
    expect(await ds.getRepository(PostEntity).count({ where: { accountId: lena.id } })).toBe(3);
    expect(await ds.getRepository(MetricSnapshotEntity).count({ where: { accountId: lena.id } })).toBe(1);
  });

  it('makes hashtags and German/English words findable, with compound hashtags split', async () => {
    const find = async (query: string) =>
      (
        await ds.query(
          'SELECT handle FROM platform_accounts WHERE search_document @@ $1::tsquery ORDER BY handle',
          [keywordTsquery(query)],
        )
      ).map((r: { handle: string }) => r.handle);
    expect(await find('Klimaschutz')).toContain('klima.lena');
    expect(await find('klima')).toContain('klima.lena');
    expect(await find('Energiewende')).toContain('klima.lena');
    expect(await find('Radfahren')).toContain('klima.lena');
    expect(await find('adventure')).not.toContain('klima.lena');
  });

  it('never imports a suppressed (erased) creator', async () => {
    await ds.getRepository(SuppressionEntity).insert(
      suppressionKeys('youtube', 'gewerkschaft.tv').map((keyHash) => ({
        keyHash,
        reason: 'erasure_request' as const,
      })),
    );
    const outcome = await importer.importRecords(
      [
        {
          platform: 'youtube',
          handle: 'gewerkschaft.tv',
          followers: 48000,
          influencer: { displayName: 'Gewerkschaft TV' },
        },
      ],
      NOW,
    );
    expect(outcome).toMatchObject({ inserted: 0, suppressed: 1 });
    expect(
      await ds.getRepository(PlatformAccountEntity).count({ where: { handle: 'gewerkschaft.tv' } }),
    ).toBe(0);
  });
});

describe('catalogue import (CSV)', () => {
  let app: INestApplicationContext;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(TestModule, { logger: false });
  });
  afterAll(() => app.close());

  it('reads quoted fields with commas, quotes, newlines and JSON cells; reports bad rows by their physical line', async () => {
    const file = resolve(__dirname, '../../../../test/fixtures/catalogue/accounts.csv');
    const report = await app.get(CatalogueImportService).importFile(file, { now: NOW });
    expect(report).toMatchObject({ format: 'csv', inserted: 2, invalid: 1 });
    expect(report.errors).toEqual([
      { line: 4, field: 'followers', reason: expect.stringContaining('whole number') },
    ]);
    const ds = app.get(DataSource);
    const anna = await ds
      .getRepository(PlatformAccountEntity)
      .findOneOrFail({ where: { handle: 'csv.anna' } });
    expect(anna.bio).toBe('Pflege, Gesundheit und "Alltag"\n– aus Köln');
    const [post] = await ds.getRepository(PostEntity).find({ where: { accountId: anna.id } });
    expect(post.caption).toBe('Pflegekräfte verdienen mehr\nZeile zwei');
    const chris = await ds
      .getRepository(PlatformAccountEntity)
      .findOneOrFail({ where: { handle: 'csv.chris' } });
    expect(chris).toMatchObject({ verified: true, followers: 4000, languages: ['de', 'tr'], country: 'AT' });
  });
});
