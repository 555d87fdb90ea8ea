import { CatalogueImportService, type ImportRecord } from '@fitscout/catalogue';
import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** A word no other test uses, so keyword filters select exactly one file's creators. */
export const uniqueToken = (prefix: string): string =>
  `${prefix}${randomBytes(4).toString('hex').replace(/\d/g, 'q')}`;

/** A creator with one Instagram account, three posts and an audience; unique handle per call. */
export function creatorRecord(overrides: Partial<ImportRecord> = {}): ImportRecord {
  const handle = `creator.${randomUUID().slice(0, 8)}`;
  return {
    platform: 'instagram',
    handle,
    externalId: `ext-${handle}`,
    followers: 12_400,
    following: 300,
    postCount: 420,
    bio: 'Radfahren und Energiewende aus München',
    influencer: {
      key: handle,
      displayName: 'Lena Klein',
      languages: ['de'],
      country: 'DE',
      region: 'Bayern',
      categories: ['environment'],
    },
    posts: [
      {
        externalId: `${handle}-1`,
        kind: 'reel',
        publishedAt: '2026-11-10T10:00:00Z',
        caption: 'Mit dem Rad zur Arbeit #klimaschutz',
        hashtags: ['klimaschutz'],
        likes: 610,
        comments: 22,
        isPaidPartnership: false,
      },
      {
        externalId: `${handle}-2`,
        kind: 'post',
        publishedAt: '2026-11-01T10:00:00Z',
        caption: 'Werbung | Lastenrad',
        likes: 400,
        comments: 15,
        isPaidPartnership: true,
      },
      {
        externalId: `${handle}-3`,
        kind: 'post',
        publishedAt: '2026-10-20T10:00:00Z',
        caption: 'Energiewende jetzt',
        likes: 520,
        comments: 30,
        isPaidPartnership: false,
      },
    ],
    audience: {
      countries: { DE: 0.78, AT: 0.12 },
      languages: { de: 0.9 },
      ageBands: { '18-24': 0.35, '25-34': 0.4 },
      genders: { female: 0.6, male: 0.38, other: 0.02 },
      sampleSize: 800,
    },
    ...overrides,
  };
}

/** An HTTP test context or any Nest application context with its data source. */
export interface ImportingContext {
  app: Pick<INestApplicationContext, 'get'>;
  ds: DataSource;
}

/** Imports records through the real trusted import path; returns influencer and account ids by handle. */
export async function importCreators(
  ctx: ImportingContext,
  records: ImportRecord[],
  now = new Date('2026-11-23T12:00:00Z'),
) {
  await ctx.app.get(CatalogueImportService).importRecords(records, now);
  const rows: { handle: string; id: string; influencer_id: string }[] = await ctx.ds.query(
    'SELECT handle, id, influencer_id FROM platform_accounts WHERE handle = ANY($1)',
    [records.map((r) => r.handle)],
  );
  return new Map(rows.map((r) => [r.handle, { accountId: r.id, influencerId: r.influencer_id }]));
}
