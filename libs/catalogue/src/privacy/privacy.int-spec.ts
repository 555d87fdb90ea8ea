import { AuditModule } from '@fitscout/audit';
import { ConfigModule } from '@fitscout/config';
import { DatabaseModule } from '@fitscout/database';
import { createOrganisation } from '@fitscout/testing';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CatalogueModule } from '../catalogue.module';
import { ListsService } from '../curation/lists.service';
import { OverlayService } from '../curation/overlay.service';
import type { ImportRecord } from '../import/import-record';
import { CatalogueImportService } from '../import/catalogue-import.service';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [ConfigModule, DatabaseModule.forRoot({ applicationName: 'test' }), AuditModule, CatalogueModule],
})
class TestModule {}

const record = (handle: string, platform: ImportRecord['platform'], key: string): ImportRecord => ({
  platform,
  handle,
  externalId: `x-${handle}`,
  followers: 5000,
  influencer: { key, displayName: 'Erase Me' },
  posts: [
    {
      externalId: `${handle}-p`,
      kind: 'post',
      publishedAt: '2026-11-01T00:00:00Z',
      caption: 'hallo',
      likes: 10,
      comments: 1,
    },
  ],
  audience: { countries: { DE: 0.9 } },
});

describe('privacy: erasure and export', () => {
  let app: INestApplicationContext;
  let ds: DataSource;
  let privacy: PrivacyService;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    ds = app.get(DataSource);
    privacy = app.get(PrivacyService);
  });
  afterAll(() => app.close());

  it('exports everything held, then erases the creator everywhere and keeps them out of imports', async () => {
    const key = randomUUID();
    const [insta, tiktok] = [`erase.${key.slice(0, 8)}`, `erase.tt.${key.slice(0, 8)}`];
    await app
      .get(CatalogueImportService)
      .importRecords([record(insta, 'instagram', key), record(tiktok, 'tiktok', key)]);
    const org = await createOrganisation(ds);
    const actor = { organisationId: org.id, userId: null };
    const { influencerId } = await app.get(OverlayService).track(actor, 'instagram', insta);
    await app.get(OverlayService).update(actor, influencerId, { notes: 'private note' });
    const list = await app.get(ListsService).create(actor, { name: 'L' });
    await app.get(ListsService).addItems(actor, list.id, [influencerId]);

    const exported = (await privacy.export('instagram', `@${insta.toUpperCase()}`)) as Record<
      string,
      unknown[]
    >;
    expect(exported.accounts).toHaveLength(2);
    expect(exported.organisationOverlays).toEqual([expect.objectContaining({ notes: 'private note' })]);
    expect(exported.organisationLists).toEqual([expect.objectContaining({ list: 'L' })]);

    const result = await privacy.erase('instagram', insta);
    expect(result).toMatchObject({ found: true, accountsErased: 2, overlaysErased: 1 });
    for (const table of ['influencers', 'influencer_overlays', 'influencer_list_items']) {
      const [{ count }] = await ds.query(
        `SELECT count(*)::int AS count FROM ${table} WHERE ${table === 'influencers' ? 'id' : 'influencer_id'} = $1`,
        [influencerId],
      );
      expect({ table, count }).toEqual({ table, count: 0 });
    }
    expect(
      await ds.query('SELECT 1 FROM platform_accounts WHERE handle = ANY($1)', [[insta, tiktok]]),
    ).toEqual([]);
    const [audit] = await ds.query(
      "SELECT changes FROM audit_events WHERE organisation_id = $1 AND action = 'influencer.erased'",
      [org.id],
    );
    expect(JSON.stringify(audit)).not.toContain(insta);
    // The suppression list holds hashes, never the handle.
    expect(JSON.stringify(await ds.query('SELECT * FROM suppressions'))).not.toContain(insta);

    const reimport = await app
      .get(CatalogueImportService)
      .importRecords([record(insta, 'instagram', key), record(tiktok, 'tiktok', key)]);
    expect(reimport).toMatchObject({ inserted: 0, suppressed: 2 });
    await expect(app.get(OverlayService).track(actor, 'tiktok', tiktok)).rejects.toMatchObject({
      code: 'unprocessable',
    });
    expect(await privacy.export('instagram', insta)).toBeNull();
  });

  it('suppresses an unknown creator too, so a later import cannot add them', async () => {
    const handle = `never.${randomUUID().slice(0, 8)}`;
    expect(await privacy.erase('youtube', handle)).toMatchObject({ found: false, suppressionEntries: 1 });
    const outcome = await app.get(CatalogueImportService).importRecords([record(handle, 'youtube', handle)]);
    expect(outcome.suppressed).toBe(1);
  });
});
