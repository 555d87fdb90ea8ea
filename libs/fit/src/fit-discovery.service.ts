import {
  type DiscoveryFilters,
  type DiscoveryHit,
  type DiscoverySort,
  DiscoveryService,
} from '@fitscout/catalogue';
import { decodeCursor, DomainError, encodeCursor, type Page } from '@fitscout/common';
import type { FitWeights } from '@fitscout/scoring';
import { Injectable } from '@nestjs/common';
import type { FitBrief } from './brief';
import { type FitEntry, FitService } from './fit.service';

/** How many matches of the filters are re-ranked by full fit; documented in docs/discovery.md. */
export const FIT_RERANK_WINDOW = 200;

export type FitDiscoveryFilters = Omit<DiscoveryFilters, 'sort' | 'cursor'> & {
  sort?: { by: DiscoverySort | 'fit'; direction?: 'asc' | 'desc' };
  cursor?: string;
  fitWeights?: Partial<FitWeights>;
  /** Keep only hits whose fit score is at least this (0–100). */
  minFit?: number;
};

export interface FitSummary {
  score: number | null;
  eligible: boolean;
  parts: { part: string; score: number | null; weight: number; contribution: number | null }[];
}

export type FitDiscoveryHit = DiscoveryHit & { fit: FitSummary | null };

/** The brief a discovery query implies: its keywords, categories and creator/audience targets. */
export function briefOfFilters(f: FitDiscoveryFilters): FitBrief {
  const keys = <T extends { key: string }>(xs: readonly T[] | undefined) => xs?.map((x) => x.key);
  return {
    keywords: f.keywords,
    categories: f.categories,
    countries: f.countries ?? keys(f.audience?.countries),
    languages: f.languages ?? keys(f.audience?.languages),
    ageBands: keys(f.audience?.ageBands),
    genders: keys(f.audience?.genders),
  };
}

/**
 * Discovery sorted by fit: retrieve, then re-rank. The filters select candidates in SQL (the best
 * FIT_RERANK_WINDOW by keyword relevance, or by stored authenticity without keywords); each candidate is then
 * scored in full against the brief the filters imply, and the window is ordered by fit and paged by offset.
 */
@Injectable()
export class FitDiscoveryService {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly fit: FitService,
  ) {}

  async search(organisationId: string, filters: FitDiscoveryFilters): Promise<Page<FitDiscoveryHit>> {
    const limit = filters.limit ?? 20;
    const offset = filters.cursor ? this.offsetOf(filters.cursor) : 0;
    const candidates = await this.discovery.search(organisationId, {
      ...filters,
      sort: { by: filters.keywords?.length ? 'relevance' : 'authenticity', direction: 'desc' },
      limit: FIT_RERANK_WINDOW,
      cursor: undefined,
    });
    const influencerIds = [...new Set(candidates.items.map((h) => h.influencer.id))];
    const entries = await this.fit.fitFor(organisationId, influencerIds, briefOfFilters(filters), {
      weights: filters.fitWeights,
    });
    const byInfluencer = new Map(entries.map((e) => [e.influencerId, e]));
    const minFit = filters.minFit;
    const ranked = candidates.items
      .map((hit) => withFit(hit, byInfluencer.get(hit.influencer.id)))
      .filter((hit) => minFit === undefined || (hit.fit?.score ?? -1) >= minFit)
      .sort(compareHits(filters.sort?.direction ?? 'desc'));
    const page = ranked.slice(offset, offset + limit);
    const next = offset + limit;
    return { items: page, nextCursor: next < ranked.length ? encodeCursor(['fit', next]) : null };
  }

  private offsetOf(cursor: string): number {
    const [kind, offset] = decodeCursor(cursor, 2);
    if (kind !== 'fit' || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
      throw DomainError.validation([
        { field: 'cursor', message: 'cursor does not belong to a fit-sorted search', rule: 'cursor' },
      ]);
    }
    return offset;
  }
}

/** The hit's own account's fit (a creator's other accounts are scored too, but ranked on their own). */
function withFit(hit: DiscoveryHit, entry: FitEntry | undefined): FitDiscoveryHit {
  if (!entry?.fit || !entry.account) return { ...hit, fit: null, sortValue: -1 };
  const isBest = entry.account.accountId === hit.account.id;
  const other = entry.otherAccounts.find((a) => a.accountId === hit.account.id);
  const score = isBest ? entry.fit.score : (other?.score ?? null);
  const eligible = isBest ? entry.fit.details.eligible : (other?.eligible ?? false);
  const parts = isBest
    ? entry.fit.details.parts.map((p) => ({
        part: p.part,
        score: p.score,
        weight: p.weight,
        contribution: p.contribution,
      }))
    : [];
  return { ...hit, fit: { score, eligible, parts }, sortValue: score ?? -1 };
}

function compareHits(direction: 'asc' | 'desc') {
  const sign = direction === 'desc' ? 1 : -1;
  return (a: FitDiscoveryHit, b: FitDiscoveryHit): number => {
    const ea = a.fit?.eligible ?? false;
    const eb = b.fit?.eligible ?? false;
    if (ea !== eb) return ea ? -1 : 1;
    const diff = sign * (b.sortValue - a.sortValue);
    return diff !== 0 ? diff : a.account.id.localeCompare(b.account.id);
  };
}
