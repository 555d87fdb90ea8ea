import { type AccountFeatures, type AccountScores, FEATURES_VERSION } from '@fitscout/scoring';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * SQL of the score store, one set-based statement per chunk. `account_scores` keeps the numbers discovery filters
 * on and the derived features (see @fitscout/scoring features.ts); explanations are re-derived from those on read,
 * which is what lets a full re-score write a few bytes per account instead of kilobytes of JSON.
 */

type Queryable = DataSource | EntityManager;

export interface ScoreRow {
  accountId: string;
  scores: AccountScores;
  benchmarkVersion: string;
  /** Present when the features were (re)derived in this run and must be stored with the scores. */
  derived?: { features: AccountFeatures; sourceVersion: string };
}

export interface FeatureChunkRow {
  accountId: string;
  /** Stored features still valid for the account's current data, else null (never derived, or data changed). */
  features: AccountFeatures | null;
}

interface FeatureRow {
  id: string;
  features: AccountFeatures | null;
}

/** The next accounts in id order with their stored features, when those were derived from the current row. */
export async function loadFeatureChunk(
  db: Queryable,
  afterId: string | null,
  limit: number,
): Promise<FeatureChunkRow[]> {
  const rows: FeatureRow[] = await db.query(
    `SELECT a.id, CASE WHEN s.source_version = a.updated_at THEN s.features END AS features
       FROM platform_accounts a
       LEFT JOIN account_scores s ON s.account_id = a.id
      WHERE a.id > coalesce($1::uuid, '00000000-0000-0000-0000-000000000000')
      ORDER BY a.id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map((r) => ({
    accountId: r.id,
    features: r.features?.version === FEATURES_VERSION ? r.features : null,
  }));
}

/** The next accounts in id order whose features are missing, outdated or derived from older data. */
export async function loadStaleChunk(
  db: Queryable,
  afterId: string | null,
  limit: number,
): Promise<{ lastId: string | null; stale: string[] }> {
  const rows: { id: string; fresh: boolean }[] = await db.query(
    `SELECT a.id, coalesce(s.source_version = a.updated_at AND (s.features ->> 'version')::int = $3, false) AS fresh
       FROM platform_accounts a
       LEFT JOIN account_scores s ON s.account_id = a.id
      WHERE a.id > coalesce($1::uuid, '00000000-0000-0000-0000-000000000000')
      ORDER BY a.id LIMIT $2`,
    [afterId, limit, FEATURES_VERSION],
  );
  return { lastId: rows.at(-1)?.id ?? null, stale: rows.filter((r) => !r.fresh).map((r) => r.id) };
}

export interface StoredRow {
  account_id: string;
  features: AccountFeatures;
  benchmark_version: string;
  computed_at: Date;
}

export async function loadStoredRows(db: Queryable, accountIds: readonly string[]): Promise<StoredRow[]> {
  if (accountIds.length === 0) return [];
  return db.query(
    `SELECT account_id, features, benchmark_version, computed_at FROM account_scores
      WHERE account_id = ANY($1::uuid[])`,
    [accountIds],
  );
}

// The authenticity score is copied onto the account in the same statement so discovery filters on one table.
const COPY_AUTHENTICITY = `UPDATE platform_accounts a SET authenticity_score = stored.authenticity_score
  FROM stored WHERE a.id = stored.account_id AND a.authenticity_score IS DISTINCT FROM stored.authenticity_score`;

function scalarColumns(rows: readonly ScoreRow[]) {
  return [
    rows.map((r) => r.accountId),
    rows.map((r) => r.scores.engagement.score),
    rows.map((r) => r.scores.authenticity.score),
    rows.map((r) => r.scores.engagement.confidence.level),
    rows.map((r) => r.scores.authenticity.confidence.level),
    rows.map((r) => r.benchmarkVersion),
  ];
}

/** Upsert of scores with freshly derived features. The join skips accounts deleted since they were loaded. */
export async function storeDerived(db: Queryable, rows: readonly ScoreRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const features = JSON.stringify(
    rows.map((r) => ({ a: r.accountId, f: r.derived!.features, v: r.derived!.sourceVersion })),
  );
  await db.query(
    `WITH input AS (
       SELECT u.a, u.es, u.au, u.ec, u.ac, u.bv, d.f, d.v
         FROM unnest($1::uuid[], $2::real[], $3::real[], $4::varchar[], $5::varchar[], $6::varchar[])
              AS u(a, es, au, ec, ac, bv)
         JOIN jsonb_to_recordset($7::jsonb) AS d(a uuid, f jsonb, v timestamptz) ON d.a = u.a
         JOIN platform_accounts pa ON pa.id = u.a),
     stored AS (
       INSERT INTO account_scores AS s (account_id, engagement_score, authenticity_score, engagement_confidence,
              authenticity_confidence, benchmark_version, features, source_version, computed_at, updated_at)
       SELECT a, es, au, ec, ac, bv, f, v, $8::timestamptz, now() FROM input
       ON CONFLICT (account_id) DO UPDATE SET
              engagement_score = excluded.engagement_score, authenticity_score = excluded.authenticity_score,
              engagement_confidence = excluded.engagement_confidence,
              authenticity_confidence = excluded.authenticity_confidence,
              benchmark_version = excluded.benchmark_version, features = excluded.features,
              source_version = excluded.source_version, computed_at = excluded.computed_at,
              updated_at = excluded.updated_at
       RETURNING s.account_id, s.authenticity_score)
     ${COPY_AUTHENTICITY}`,
    [...scalarColumns(rows), features, now.toISOString()],
  );
}

/** Scores re-computed from stored features: only the numbers change, the features stay as they are. */
export async function storeScoresOnly(db: Queryable, rows: readonly ScoreRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `WITH stored AS (
       UPDATE account_scores s SET engagement_score = u.es, authenticity_score = u.au,
              engagement_confidence = u.ec, authenticity_confidence = u.ac, benchmark_version = u.bv,
              computed_at = $7::timestamptz, updated_at = now()
         FROM unnest($1::uuid[], $2::real[], $3::real[], $4::varchar[], $5::varchar[], $6::varchar[])
              AS u(a, es, au, ec, ac, bv)
        WHERE s.account_id = u.a
       RETURNING s.account_id, s.authenticity_score)
     ${COPY_AUTHENTICITY}`,
    [...scalarColumns(rows), now.toISOString()],
  );
}
