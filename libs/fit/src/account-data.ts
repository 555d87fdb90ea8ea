import type {
  AudienceProfileInput,
  AuthenticityInput,
  FollowerSampleEntry,
  MetricSnapshotInput,
  Platform,
  PostKind,
  ScoringAccountInput,
  ScoringPostInput,
} from '@fitscout/scoring';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Set-based loading of everything the scoring functions need, mapped to their plain input types. One query
 * per chunk: posts and snapshots are aggregated per account in PostgreSQL (json arrays), which is far cheaper
 * than hydrating thousands of entities and avoids a round trip per account.
 */

export interface AccountData {
  accountId: string;
  /** The account row's `updated_at` as read (text, full precision): features derived from it are fresh while it holds. */
  sourceVersion: string;
  influencerId: string;
  handle: string;
  categories: string[];
  input: AuthenticityInput & { account: ScoringAccountInput };
  audience: AudienceProfileInput | null;
}

/** Posts as compact arrays: [id, kind, publishedAtMs, likes, comments, shares, saves, views, paid, caption, hashtags]. */
type PostTuple = [
  string,
  PostKind,
  number,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  boolean,
  string | null,
  string[] | null,
];
/** [capturedAtMs, followers, following, postCount] */
type SnapshotTuple = [number, number, number | null, number | null];

interface Row {
  id: string;
  source_version: string;
  influencer_id: string;
  handle: string;
  platform: Platform;
  followers: number;
  following: number | null;
  post_count: number | null;
  verified: boolean;
  bio: string | null;
  last_posted_at: Date | null;
  country: string | null;
  languages: string[];
  categories: string[];
  posts: PostTuple[] | null;
  snapshots: SnapshotTuple[] | null;
  a_countries: Record<string, number> | null;
  a_languages: Record<string, number> | null;
  a_age_bands: Record<string, number> | null;
  a_genders: Record<string, number> | null;
  a_sample_size: number | null;
  has_audience: boolean;
  sample: FollowerSampleEntry[] | null;
}

export interface LoadOptions {
  /** Captions and hashtags are only needed for relevance and lookalikes, not for engagement/authenticity. */
  withText?: boolean;
  /** Follower samples are only needed for authenticity. */
  withSample?: boolean;
}

function selectSql(where: string, options: LoadOptions): string {
  const text = options.withText ? ', p.caption, p.hashtags' : ', NULL, NULL';
  const sample = options.withSample === false ? 'NULL::jsonb' : 'fs.followers';
  return `SELECT a.id, a.updated_at::text AS source_version, a.influencer_id, a.handle, a.platform, a.followers, a.following, a.post_count, a.verified,
            a.bio, a.last_posted_at, a.country, a.languages, a.categories,
            (SELECT json_agg(json_build_array(p.id, p.kind, (extract(epoch FROM p.published_at) * 1000)::bigint,
                    p.likes, p.comments, p.shares, p.saves, p.views, p.is_paid_partnership${text})
                    ORDER BY p.published_at DESC)
               FROM posts p WHERE p.account_id = a.id) AS posts,
            (SELECT json_agg(json_build_array((extract(epoch FROM s.captured_at) * 1000)::bigint, s.followers,
                    s.following, s.post_count) ORDER BY s.captured_at)
               FROM metric_snapshots s WHERE s.account_id = a.id) AS snapshots,
            ap.countries AS a_countries, ap.languages AS a_languages, ap.age_bands AS a_age_bands,
            ap.genders AS a_genders, ap.sample_size AS a_sample_size, ap.account_id IS NOT NULL AS has_audience,
            ${sample} AS sample
       FROM platform_accounts a
       LEFT JOIN audience_profiles ap ON ap.account_id = a.id
       LEFT JOIN follower_samples fs ON fs.account_id = a.id
      ${where}`;
}

function toPost(t: PostTuple): ScoringPostInput {
  return {
    id: t[0],
    kind: t[1],
    publishedAt: new Date(Number(t[2])),
    likes: t[3],
    comments: t[4],
    shares: t[5],
    saves: t[6],
    views: t[7] === null ? null : Number(t[7]),
    isPaidPartnership: t[8],
    caption: t[9],
    hashtags: t[10] ?? [],
  };
}

function toSnapshot(t: SnapshotTuple): MetricSnapshotInput {
  return { capturedAt: new Date(Number(t[0])), followers: t[1], following: t[2], postCount: t[3] };
}

function toAccountData(row: Row): AccountData {
  const account: ScoringAccountInput = {
    platform: row.platform,
    followers: row.followers,
    following: row.following,
    postCount: row.post_count,
    verified: row.verified,
    bio: row.bio,
    lastPostedAt: row.last_posted_at,
    country: row.country,
    // The creator's first language is the main content language; detection covers the rest.
    language: row.languages[0] ?? null,
  };
  const audience: AudienceProfileInput | null = row.has_audience
    ? {
        countries: row.a_countries ?? {},
        languages: row.a_languages ?? {},
        ageBands: row.a_age_bands ?? {},
        genders: row.a_genders ?? {},
        sampleSize: row.a_sample_size,
      }
    : null;
  return {
    accountId: row.id,
    sourceVersion: row.source_version,
    influencerId: row.influencer_id,
    handle: row.handle,
    categories: row.categories,
    input: {
      account,
      posts: (row.posts ?? []).map(toPost),
      snapshots: (row.snapshots ?? []).map(toSnapshot),
      followerSample: row.sample ?? undefined,
    },
    audience,
  };
}

type Queryable = DataSource | EntityManager;

export async function loadAccountsById(
  db: Queryable,
  accountIds: readonly string[],
  options: LoadOptions = {},
): Promise<AccountData[]> {
  if (accountIds.length === 0) return [];
  const rows: Row[] = await db.query(selectSql('WHERE a.id = ANY($1::uuid[]) ORDER BY a.id', options), [
    accountIds,
  ]);
  return rows.map(toAccountData);
}

/** The next chunk after `afterId` in id order (keyset: no OFFSET, constant cost per chunk). */
export async function loadAccountChunk(
  db: Queryable,
  afterId: string | null,
  limit: number,
  options: LoadOptions = {},
): Promise<AccountData[]> {
  const rows: Row[] = await db.query(
    selectSql(
      `WHERE a.id > coalesce($1::uuid, '00000000-0000-0000-0000-000000000000') ORDER BY a.id LIMIT $2`,
      options,
    ),
    [afterId, limit],
  );
  return rows.map(toAccountData);
}

/** Active accounts of the given creators, largest first per creator. */
export async function loadAccountsOfInfluencers(
  db: Queryable,
  influencerIds: readonly string[],
  options: LoadOptions = {},
): Promise<AccountData[]> {
  if (influencerIds.length === 0) return [];
  const rows: Row[] = await db.query(
    selectSql(
      `WHERE a.influencer_id = ANY($1::uuid[]) AND a.status = 'active' ORDER BY a.influencer_id, a.followers DESC, a.id`,
      options,
    ),
    [influencerIds],
  );
  return rows.map(toAccountData);
}
