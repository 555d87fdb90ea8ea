import { decodeCursor, DomainError } from '@fitscout/common';
import { TIER_RANGES } from '../catalogue.constants';
import { keywordTsquery } from '../search/search-document';
import type { DiscoveryFilters, Range, ShareThreshold } from './discovery-filters';

export interface BuiltQuery {
  sql: string;
  params: unknown[];
  limit: number;
}

/** Sort columns as stored (so a btree on them yields rows in order) and the type the cursor value is cast to. */
const SORT_COLUMNS = {
  followers: { column: 'a.followers', type: 'int' },
  engagement_rate: { column: 'a.engagement_rate', type: 'real' },
  growth: { column: 'a.follower_growth_30d', type: 'real' },
  authenticity: { column: 'a.authenticity_score', type: 'real' },
} as const;

/** Up to this many (country × platform) combinations are searched as separate ordered index scans. */
const MAX_BRANCHES = 16;

/** Collects parameters; every value from the request goes through here, never into the SQL text. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Builds the parameterised discovery query over active accounts. The SQL text depends only on
 * which filters are present (so PostgreSQL can reuse plans); values travel as parameters.
 * Sorting uses keyset pagination on (sort value, account id).
 */
export function buildDiscoveryQuery(
  organisationId: string,
  f: DiscoveryFilters,
  defaultLimit = 20,
): BuiltQuery {
  const p = new Params();
  const where: string[] = ["a.status = 'active'"];
  const limit = f.limit ?? defaultLimit;
  const keywords = (f.keywords ?? []).map((k) => k.trim()).filter(Boolean);
  const sortBy = f.sort?.by ?? (keywords.length > 0 ? 'relevance' : 'followers');
  const direction = f.sort?.direction ?? 'desc';

  addRange(where, p, 'a.followers', followerRange(f));
  if (f.regions?.length)
    where.push(`lower(a.region) = ANY(${p.add(f.regions.map((r) => r.toLowerCase()))}::text[])`);
  if (f.languages?.length) where.push(`a.languages && ${p.add(f.languages)}::varchar[]`);
  if (f.categories?.length) where.push(`a.categories && ${p.add(f.categories)}::varchar[]`);
  addRange(where, p, 'a.engagement_rate', f.engagementRate);
  addRange(where, p, 'a.follower_growth_30d', f.followerGrowth30d);
  addRange(where, p, 'a.authenticity_score', f.authenticity);
  if (f.lastPostedWithinDays !== undefined) {
    where.push(`a.last_posted_at >= now() - make_interval(days => ${p.add(f.lastPostedWithinDays)}::int)`);
  }

  // Keywords go through the same stemming as the documents (search-document.ts), as tsquery literals.
  const keywordQueries = keywords.map(keywordTsquery);
  let tsquery = '';
  if (keywords.length > 0) {
    const usable = keywordQueries.filter((q): q is string => q !== null);
    const all = f.keywordMode === 'all';
    if (usable.length === 0 || (all && usable.length < keywordQueries.length)) {
      where.push('false'); // a keyword with no searchable word matches nothing
    } else {
      tsquery = `${p.add(usable.map((q) => `(${q})`).join(all ? ' & ' : ' | '))}::tsquery`;
      where.push('a.search_document @@ q.query');
    }
  }

  if (f.hasContactDetails !== undefined) {
    const exists = `EXISTS (SELECT 1 FROM influencer_overlays o WHERE o.organisation_id = ${p.add(organisationId)}::uuid
      AND o.influencer_id = a.influencer_id AND o.contact IS NOT NULL AND o.contact <> '{}'::jsonb)`;
    where.push(f.hasContactDetails ? exists : `NOT ${exists}`);
  }
  if (f.excludeListIds?.length) {
    where.push(`NOT EXISTS (SELECT 1 FROM influencer_list_items li WHERE li.organisation_id = ${p.add(organisationId)}::uuid
      AND li.list_id = ANY(${p.add(f.excludeListIds)}::uuid[]) AND li.influencer_id = a.influencer_id)`);
  }
  const audienceJoin = addAudience(where, p, f.audience);

  // With only unusable keywords there is no query to rank by; nothing matches anyway.
  const relevance = tsquery ? 'ts_rank_cd(a.search_document, q.query, 1)::float8' : '0::float8';
  const sortColumn = sortBy === 'relevance' ? relevance : SORT_COLUMNS[sortBy].column;
  const cursorType = sortBy === 'relevance' ? 'float8' : SORT_COLUMNS[sortBy].type;
  if (sortBy === 'engagement_rate' || sortBy === 'growth' || sortBy === 'authenticity') {
    where.push(`${sortColumn} IS NOT NULL`);
  }
  if (f.cursor) {
    const [value, id] = decodeCursor(f.cursor, 2);
    if (typeof value !== 'number' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) {
      throw DomainError.validation([{ field: 'cursor', message: 'cursor is malformed', rule: 'cursor' }]);
    }
    const op = direction === 'desc' ? '<' : '>';
    where.push(`(${sortColumn}, a.id) ${op} (${p.add(value)}::${cursorType}, ${p.add(id)}::uuid)`);
  }
  const order = direction === 'desc' ? 'DESC' : 'ASC';
  const from = `platform_accounts a${audienceJoin ? ' JOIN audience_profiles ap ON ap.account_id = a.id' : ''}${
    tsquery ? `, (SELECT ${tsquery} AS query) q` : ''
  }`;
  const columns = `a.id, a.influencer_id, a.platform, a.handle, a.url, a.followers, a.verified, a.engagement_rate,
             a.follower_growth_30d, a.authenticity_score, a.last_posted_at, a.metrics_updated_at, a.posts_updated_at, a.audience_updated_at,
             a.country, a.region, a.languages, a.categories, ${sortColumn}::float8 AS sort_value`;
  const pageLimit = p.add(limit + 1);
  const branch = (extra: string[]) => `SELECT ${columns}
        FROM ${from}
       WHERE ${[...where, ...extra].join('\n         AND ')}
       ORDER BY ${sortColumn} ${order}, a.id ${order}
       LIMIT ${pageLimit}`;
  const branches = branchConditions(p, f, sortBy);
  // Several countries or platforms: one ordered index scan per combination, merged, so each scan can
  // stop after a page instead of sorting every match (PostgreSQL cannot walk an index in order for = ANY).
  const pageQuery =
    branches.length <= 1
      ? branch(branches[0] ?? [])
      : `SELECT * FROM (${branches.map((b) => `(${branch(b)})`).join('\n      UNION ALL ')}) u
       ORDER BY sort_value ${order}, id ${order}
       LIMIT ${pageLimit}`;
  const matched = tsquery
    ? `ARRAY(SELECT k.keyword FROM unnest(${p.add(keywords)}::text[], ${p.add(keywordQueries)}::text[]) AS k(keyword, query)
        WHERE k.query IS NOT NULL AND doc.search_document @@ k.query::tsquery)`
    : `'{}'::text[]`;
  // The page carries no document (it is wide); matched keywords re-read it for the page's rows only.
  const sql = `
    WITH page AS (
      ${pageQuery}
    )
    SELECT page.*, i.display_name, ${matched} AS matched_keywords
      FROM page JOIN influencers i ON i.id = page.influencer_id
      ${tsquery ? 'JOIN platform_accounts doc ON doc.id = page.id' : ''}
     ORDER BY page.sort_value ${order}, page.id ${order}`;
  return { sql, params: p.values, limit };
}

/**
 * Country/platform conditions per branch: equality per combination when the sort can use an ordered
 * index (not relevance) and there are few combinations; otherwise one branch with = ANY.
 */
function branchConditions(p: Params, f: DiscoveryFilters, sortBy: string): string[][] {
  const countries = f.countries ?? [];
  const platforms = f.platforms ?? [];
  const combos = Math.max(countries.length, 1) * Math.max(platforms.length, 1);
  if (sortBy === 'relevance' || combos > MAX_BRANCHES) {
    const single: string[] = [];
    if (platforms.length) single.push(`a.platform = ANY(${p.add(platforms)}::varchar[])`);
    if (countries.length) single.push(`a.country = ANY(${p.add(countries)}::char(2)[])`);
    return [single];
  }
  const out: string[][] = [];
  for (const country of countries.length ? countries : [null]) {
    for (const platform of platforms.length ? platforms : [null]) {
      const conditions: string[] = [];
      if (country) conditions.push(`a.country = ${p.add(country)}::char(2)`);
      if (platform) conditions.push(`a.platform = ${p.add(platform)}::varchar`);
      out.push(conditions);
    }
  }
  return out;
}

function followerRange(f: DiscoveryFilters): Range | undefined {
  const ranges: Range[] = [];
  if (f.followers) ranges.push(f.followers);
  if (f.tiers?.length) {
    // Several tiers: the span from the lowest minimum to the highest maximum (tiers are contiguous).
    const spans = f.tiers.map((t) => TIER_RANGES[t]);
    const min = Math.min(...spans.map((s) => s.min));
    const max = spans.some((s) => s.max === null)
      ? undefined
      : Math.max(...spans.map((s) => s.max as number));
    ranges.push({ min, max });
  }
  if (ranges.length === 0) return undefined;
  const mins = ranges.map((r) => r.min).filter((v): v is number => v !== undefined);
  const maxs = ranges.map((r) => r.max).filter((v): v is number => v !== undefined);
  return {
    min: mins.length ? Math.max(...mins) : undefined,
    max: maxs.length ? Math.min(...maxs) : undefined,
  };
}

function addRange(where: string[], p: Params, column: string, range: Range | undefined): void {
  if (range?.min !== undefined) where.push(`${column} >= ${p.add(range.min)}`);
  if (range?.max !== undefined) where.push(`${column} <= ${p.add(range.max)}`);
}

function addAudience(where: string[], p: Params, audience: DiscoveryFilters['audience']): boolean {
  if (!audience) return false;
  const groups: [string, ShareThreshold[] | undefined][] = [
    ['countries', audience.countries],
    ['languages', audience.languages],
    ['age_bands', audience.ageBands],
    ['genders', audience.genders],
  ];
  let used = false;
  for (const [column, thresholds] of groups) {
    for (const t of thresholds ?? []) {
      where.push(`coalesce((ap.${column} ->> ${p.add(t.key)})::real, 0) >= ${p.add(t.min)}`);
      used = true;
    }
  }
  return used;
}
