import { computeEngagementBasics, type ScoringPostInput } from '@fitscout/scoring';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { buildSearchDocument } from '../search/search-document';
import type { ImportRecord } from './import-record';
import type { ImportRowError } from './import-validator';
import { suppressionKeys } from './suppression-key';

export interface NumberedRecord {
  line: number;
  record: ImportRecord;
}

export interface BatchOutcome {
  inserted: number;
  updated: number;
  suppressed: number;
  errors: ImportRowError[];
}

/**
 * Writes one batch (≈1,000 accounts) in one transaction with one set-based statement per table:
 * each statement takes the whole batch as one jsonb parameter (jsonb_to_recordset), so there is no
 * per-row round trip and no SQL built from input text. Rows are sorted by key so that concurrent
 * batches take row locks in the same order.
 */
export async function writeBatch(
  em: EntityManager,
  batch: NumberedRecord[],
  now: Date,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, suppressed: 0, errors: [] };
  const rows = await dropSuppressed(em, dedupe(batch), outcome);
  if (rows.length === 0) return outcome;
  const resolved = await resolveAccounts(em, rows, outcome);
  if (resolved.length === 0) return outcome;

  const influencerIds = await upsertInfluencers(
    em,
    resolved.map((r) => r.item.record),
  );
  const accounts = resolved.map(({ item, accountId, isNew }) => {
    const r = item.record;
    if (isNew) outcome.inserted++;
    else outcome.updated++;
    return {
      item,
      accountId,
      isNew,
      influencerId: influencerIds.get(influencerKey(r))!,
      posts: toScoringPosts(r),
    };
  });
  await upsertAccounts(em, accounts, now);
  await syncCreatorCopies(em, [...new Set(accounts.map((a) => a.influencerId))]);
  await upsertPosts(em, accounts);
  await upsertSnapshots(em, accounts, now);
  await upsertAudiences(em, accounts, now);
  await upsertFollowerSamples(em, accounts, now);
  await refreshGrowth(
    em,
    accounts.map((a) => a.accountId),
    now,
  );
  return outcome;
}

const influencerKey = (r: ImportRecord) => r.influencer.key ?? `${r.platform}:${r.handle}`;
const accountKey = (r: ImportRecord) => `${r.platform}:${r.handle}`;

/** The same account twice in one batch: the later line wins (as if imported one after the other). */
function dedupe(batch: NumberedRecord[]): NumberedRecord[] {
  const byKey = new Map<string, NumberedRecord>();
  for (const item of batch) byKey.set(accountKey(item.record), item);
  return [...byKey.values()];
}

async function dropSuppressed(em: EntityManager, rows: NumberedRecord[], outcome: BatchOutcome) {
  const keysPerRow = rows.map((r) =>
    suppressionKeys(r.record.platform, r.record.handle, r.record.externalId),
  );
  const found: { key_hash: string }[] = await em.query(
    'SELECT key_hash FROM suppressions WHERE key_hash = ANY($1)',
    [keysPerRow.flat()],
  );
  if (found.length === 0) return rows;
  const suppressed = new Set(found.map((f) => f.key_hash));
  return rows.filter((_, i) => {
    const hit = keysPerRow[i].some((k) => suppressed.has(k));
    if (hit) outcome.suppressed++;
    return !hit;
  });
}

/** Finds existing accounts by external id first, then by handle; a handle held by another account is an error. */
async function resolveAccounts(em: EntityManager, rows: NumberedRecord[], outcome: BatchOutcome) {
  const input = rows.map((r, idx) => ({
    idx,
    platform: r.record.platform,
    handle: r.record.handle,
    external_id: r.record.externalId ?? null,
  }));
  // Two indexed lookups (by external id, by handle) rather than one OR-join, which could not use an index.
  const matches: { idx: number; id: string; by_external: boolean }[] = await em.query(
    `SELECT x.idx, a.id, true AS by_external
       FROM jsonb_to_recordset($1::jsonb) AS x(idx int, platform text, handle text, external_id text)
       JOIN platform_accounts a ON a.platform = x.platform AND a.external_id = x.external_id
     UNION ALL
     SELECT x.idx, a.id, false AS by_external
       FROM jsonb_to_recordset($1::jsonb) AS x(idx int, platform text, handle text, external_id text)
       JOIN platform_accounts a ON a.platform = x.platform AND a.handle = x.handle`,
    [JSON.stringify(input)],
  );
  const byIdx = new Map<number, { external?: string; handle?: string }>();
  for (const m of matches) {
    const entry = byIdx.get(m.idx) ?? {};
    if (m.by_external) entry.external = m.id;
    else entry.handle = m.id;
    byIdx.set(m.idx, entry);
  }
  const resolved: { item: NumberedRecord; accountId: string; isNew: boolean }[] = [];
  rows.forEach((item, idx) => {
    const m = byIdx.get(idx);
    if (m?.external && m.handle && m.external !== m.handle) {
      outcome.errors.push({
        line: item.line,
        field: 'handle',
        reason: 'is used by another account of this platform',
      });
      return;
    }
    const existing = m?.external ?? m?.handle;
    resolved.push({ item, accountId: existing ?? randomUUID(), isNew: !existing });
  });
  return resolved.sort((a, b) => a.accountId.localeCompare(b.accountId));
}

async function upsertInfluencers(em: EntityManager, records: ImportRecord[]): Promise<Map<string, string>> {
  const byKey = new Map<string, ImportRecord['influencer'] & { source_key: string }>();
  for (const r of records) byKey.set(influencerKey(r), { ...r.influencer, source_key: influencerKey(r) });
  const input = [...byKey.values()]
    .sort((a, b) => a.source_key.localeCompare(b.source_key))
    .map((i) => ({
      source_key: i.source_key,
      display_name: i.displayName,
      bio: i.bio ?? null,
      languages: i.languages ?? [],
      country: i.country ?? null,
      region: i.region ?? null,
      categories: i.categories ?? [],
    }));
  const rows: { id: string; source_key: string }[] = await em.query(
    `INSERT INTO influencers (source_key, display_name, bio, languages, country, region, categories)
     SELECT source_key, display_name, bio, languages, country, region, categories
       FROM jsonb_to_recordset($1::jsonb) AS x(source_key text, display_name text, bio text, languages text[],
            country text, region text, categories text[])
     ON CONFLICT (source_key) DO UPDATE SET display_name = EXCLUDED.display_name, bio = EXCLUDED.bio,
       languages = EXCLUDED.languages, country = EXCLUDED.country, region = EXCLUDED.region,
       categories = EXCLUDED.categories, updated_at = now()
     RETURNING id, source_key`,
    [JSON.stringify(input)],
  );
  return new Map(rows.map((r) => [r.source_key, r.id]));
}

interface AccountRow {
  item: NumberedRecord;
  accountId: string;
  isNew: boolean;
  influencerId: string;
  posts: ScoringPostInput[];
}

function toScoringPosts(r: ImportRecord): ScoringPostInput[] {
  return (r.posts ?? [])
    .map((p) => ({
      kind: p.kind,
      publishedAt: new Date(p.publishedAt),
      caption: p.caption ?? null,
      hashtags: p.hashtags ?? [],
      likes: p.likes === undefined ? null : p.likes,
      comments: p.comments ?? null,
      shares: p.shares ?? null,
      saves: p.saves ?? null,
      views: p.views ?? null,
      isPaidPartnership: p.isPaidPartnership ?? false,
    }))
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

async function upsertAccounts(em: EntityManager, accounts: AccountRow[], now: Date): Promise<void> {
  const input = accounts.map(({ item: { record: r }, accountId, influencerId, posts }) => {
    const hasPosts = r.posts !== undefined && r.posts.length > 0;
    const lastPost = posts[0]?.publishedAt.toISOString() ?? null;
    const engagement = hasPosts
      ? {
          ...computeEngagementBasics(
            {
              platform: r.platform,
              followers: r.followers,
              following: r.following ?? null,
              postCount: r.postCount ?? null,
            },
            posts,
            now,
          ),
          computedAt: now.toISOString(),
        }
      : null;
    return {
      id: accountId,
      influencer_id: influencerId,
      platform: r.platform,
      handle: r.handle,
      external_id: r.externalId ?? null,
      url: r.url ?? null,
      followers: r.followers,
      following: r.following ?? null,
      post_count: r.postCount ?? null,
      verified: r.verified ?? false,
      bio: r.bio ?? null,
      last_posted_at: r.lastPostedAt ?? lastPost,
      status: r.status ?? null,
      country: r.influencer.country ?? null,
      region: r.influencer.region ?? null,
      languages: r.influencer.languages ?? [],
      categories: r.influencer.categories ?? [],
      engagement_rate: engagement?.engagementRate ?? null,
      engagement,
      has_posts: hasPosts,
      has_audience: r.audience !== undefined,
      doc: buildSearchDocument({
        displayName: r.influencer.displayName,
        influencerBio: r.influencer.bio,
        accountBio: r.bio,
        captions: posts.map((p) => p.caption),
        hashtags: posts.flatMap((p) => (p.hashtags ?? []) as string[]),
      }),
    };
  });
  // An import line is the trusted source's full view of the account (a missing status means active).
  // Without posts in the line, the stored engagement and the captions in the document are kept.
  await em.query(
    `INSERT INTO platform_accounts AS a (id, influencer_id, platform, handle, external_id, url, followers, following,
        post_count, verified, bio, last_posted_at, status, country, region, languages, categories, engagement_rate,
        engagement, search_document, metrics_updated_at, posts_updated_at, audience_updated_at)
     SELECT x.id, x.influencer_id, x.platform, x.handle, x.external_id, x.url, x.followers, x.following, x.post_count,
        x.verified, x.bio, x.last_posted_at, coalesce(x.status, 'active'), x.country, x.region, x.languages, x.categories,
        x.engagement_rate, x.engagement,
        x.doc::tsvector, $2, CASE WHEN x.has_posts THEN $2::timestamptz END, CASE WHEN x.has_audience THEN $2::timestamptz END
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, influencer_id uuid, platform text, handle text, external_id text,
            url text, followers int, following int, post_count int, verified boolean, bio text, last_posted_at timestamptz,
            status text, country text, region text, languages text[], categories text[], engagement_rate real,
            engagement jsonb, has_posts boolean, has_audience boolean, doc text)
     ON CONFLICT (id) DO UPDATE SET influencer_id = EXCLUDED.influencer_id, handle = EXCLUDED.handle,
        external_id = coalesce(EXCLUDED.external_id, a.external_id), url = coalesce(EXCLUDED.url, a.url),
        followers = EXCLUDED.followers, following = EXCLUDED.following, post_count = EXCLUDED.post_count,
        verified = EXCLUDED.verified, bio = EXCLUDED.bio,
        last_posted_at = coalesce(EXCLUDED.last_posted_at, a.last_posted_at),
        status = EXCLUDED.status, country = EXCLUDED.country, region = EXCLUDED.region,
        languages = EXCLUDED.languages, categories = EXCLUDED.categories,
        engagement_rate = CASE WHEN EXCLUDED.posts_updated_at IS NOT NULL THEN EXCLUDED.engagement_rate ELSE a.engagement_rate END,
        engagement = CASE WHEN EXCLUDED.posts_updated_at IS NOT NULL THEN EXCLUDED.engagement ELSE a.engagement END,
        search_document = CASE WHEN EXCLUDED.posts_updated_at IS NOT NULL THEN EXCLUDED.search_document ELSE a.search_document END,
        metrics_updated_at = EXCLUDED.metrics_updated_at,
        posts_updated_at = coalesce(EXCLUDED.posts_updated_at, a.posts_updated_at),
        audience_updated_at = coalesce(EXCLUDED.audience_updated_at, a.audience_updated_at), updated_at = now()`,
    [JSON.stringify(input), now.toISOString()],
  );
}

async function upsertPosts(em: EntityManager, accounts: AccountRow[]): Promise<void> {
  const input = accounts.flatMap(({ item: { record: r }, accountId }) =>
    (r.posts ?? []).map((p) => ({
      account_id: accountId,
      external_id: p.externalId,
      kind: p.kind,
      published_at: p.publishedAt,
      caption: p.caption ?? null,
      hashtags: p.hashtags ?? [],
      mentions: p.mentions ?? [],
      likes: p.likes === undefined ? null : p.likes,
      comments: p.comments ?? null,
      shares: p.shares ?? null,
      saves: p.saves ?? null,
      views: p.views ?? null,
      is_paid_partnership: p.isPaidPartnership ?? false,
      url: p.url ?? null,
    })),
  );
  if (input.length === 0) return;
  await em.query(
    `INSERT INTO posts (account_id, external_id, kind, published_at, caption, hashtags, mentions, likes, comments,
        shares, saves, views, is_paid_partnership, url)
     SELECT DISTINCT ON (account_id, external_id) * FROM jsonb_to_recordset($1::jsonb) AS x(account_id uuid,
        external_id text, kind text, published_at timestamptz, caption text, hashtags text[], mentions text[], likes int,
        comments int, shares int, saves int, views bigint, is_paid_partnership boolean, url text)
     ON CONFLICT (account_id, external_id) DO UPDATE SET kind = EXCLUDED.kind, published_at = EXCLUDED.published_at,
        caption = EXCLUDED.caption, hashtags = EXCLUDED.hashtags, mentions = EXCLUDED.mentions, likes = EXCLUDED.likes,
        comments = EXCLUDED.comments, shares = EXCLUDED.shares, saves = EXCLUDED.saves, views = EXCLUDED.views,
        is_paid_partnership = EXCLUDED.is_paid_partnership, url = EXCLUDED.url, updated_at = now()`,
    [JSON.stringify(input)],
  );
}

/** Start of the UTC day: the default capture time, so a same-day re-import writes no second snapshot. */
function defaultCapturedAt(now: Date): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString();
}

async function upsertSnapshots(em: EntityManager, accounts: AccountRow[], now: Date): Promise<void> {
  const input = accounts.flatMap(({ item: { record: r }, accountId }) => {
    const current = {
      account_id: accountId,
      captured_at: r.capturedAt ?? defaultCapturedAt(now),
      followers: r.followers,
      following: r.following ?? null,
      post_count: r.postCount ?? null,
    };
    const history = (r.metrics ?? []).map((m) => ({
      account_id: accountId,
      captured_at: m.capturedAt,
      followers: m.followers,
      following: m.following ?? null,
      post_count: m.postCount ?? null,
    }));
    return [...history, current];
  });
  await em.query(
    `INSERT INTO metric_snapshots (account_id, captured_at, followers, following, post_count, engagement_rate)
     SELECT DISTINCT ON (x.account_id, x.captured_at) x.account_id, x.captured_at, x.followers, x.following, x.post_count,
            CASE WHEN x.captured_at = $2::timestamptz THEN a.engagement_rate END
       FROM jsonb_to_recordset($1::jsonb) AS x(account_id uuid, captured_at timestamptz, followers int, following int, post_count int)
       JOIN platform_accounts a ON a.id = x.account_id
      ORDER BY x.account_id, x.captured_at
     ON CONFLICT (account_id, captured_at) DO UPDATE SET followers = EXCLUDED.followers, following = EXCLUDED.following,
        post_count = EXCLUDED.post_count, engagement_rate = coalesce(EXCLUDED.engagement_rate, metric_snapshots.engagement_rate)`,
    [JSON.stringify(input), defaultCapturedAt(now)],
  );
}

async function upsertAudiences(em: EntityManager, accounts: AccountRow[], now: Date): Promise<void> {
  const input = accounts
    .filter((a) => a.item.record.audience)
    .map(({ item: { record: r }, accountId }) => ({
      account_id: accountId,
      countries: r.audience!.countries ?? {},
      languages: r.audience!.languages ?? {},
      age_bands: r.audience!.ageBands ?? {},
      genders: r.audience!.genders ?? {},
      sample_size: r.audience!.sampleSize ?? null,
      captured_at: r.audience!.capturedAt ?? now.toISOString(),
    }));
  if (input.length === 0) return;
  await em.query(
    `INSERT INTO audience_profiles (account_id, countries, languages, age_bands, genders, sample_size, captured_at)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(account_id uuid, countries jsonb, languages jsonb, age_bands jsonb,
        genders jsonb, sample_size int, captured_at timestamptz)
     ON CONFLICT (account_id) DO UPDATE SET countries = EXCLUDED.countries, languages = EXCLUDED.languages,
        age_bands = EXCLUDED.age_bands, genders = EXCLUDED.genders, sample_size = EXCLUDED.sample_size,
        captured_at = EXCLUDED.captured_at, updated_at = now()`,
    [JSON.stringify(input)],
  );
}

async function upsertFollowerSamples(em: EntityManager, accounts: AccountRow[], now: Date): Promise<void> {
  const input = accounts
    .filter((a) => a.item.record.followerSample?.length)
    .map(({ item: { record: r }, accountId }) => ({ account_id: accountId, followers: r.followerSample }));
  if (input.length === 0) return;
  await em.query(
    `INSERT INTO follower_samples (account_id, followers, captured_at)
     SELECT x.account_id, x.followers, $2 FROM jsonb_to_recordset($1::jsonb) AS x(account_id uuid, followers jsonb)
     ON CONFLICT (account_id) DO UPDATE SET followers = EXCLUDED.followers, captured_at = EXCLUDED.captured_at`,
    [JSON.stringify(input), now.toISOString()],
  );
}

/**
 * Follower growth over 30 days: current followers against the newest snapshot that is at least
 * 30 (and at most 45) days old; null when there is none, rather than a guess from a shorter span.
 */
/**
 * Keeps the creator fields copied onto accounts (for discovery) equal to the creator's, also on
 * accounts of the same creator that this batch did not touch.
 */
export async function syncCreatorCopies(em: EntityManager, influencerIds: string[]): Promise<void> {
  if (influencerIds.length === 0) return;
  await em.query(
    `UPDATE platform_accounts a SET country = i.country, region = i.region, languages = i.languages, categories = i.categories
       FROM influencers i
      WHERE a.influencer_id = i.id AND i.id = ANY($1::uuid[])
        AND (a.country IS DISTINCT FROM i.country OR a.region IS DISTINCT FROM i.region
             OR a.languages IS DISTINCT FROM i.languages OR a.categories IS DISTINCT FROM i.categories)`,
    [influencerIds],
  );
}

export async function refreshGrowth(em: EntityManager, accountIds: string[], now: Date): Promise<void> {
  if (accountIds.length === 0) return;
  await em.query(
    `UPDATE platform_accounts a
        SET follower_growth_30d = CASE WHEN s.followers > 0 THEN (a.followers - s.followers)::real / s.followers END
       FROM (SELECT DISTINCT ON (account_id) account_id, followers FROM metric_snapshots
              WHERE account_id = ANY($1) AND captured_at <= $2::timestamptz - interval '30 days'
                AND captured_at > $2::timestamptz - interval '45 days'
              ORDER BY account_id, captured_at DESC) s
      WHERE a.id = s.account_id`,
    [accountIds, now.toISOString()],
  );
}
