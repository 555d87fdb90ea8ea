import type { FieldError } from '@fitscout/common';
import type { AgeBand, Category, DiscoveryFilters, Gender, Platform, Tier } from '@fitscout/catalogue';
import type { ContentKind, Platform as ContentPlatform } from '@fitscout/compliance';
import { CATEGORY_TOPICS, type FitBrief, type FitRequestOptions } from '@fitscout/fit';
import type { FitWeights, TopicId } from '@fitscout/scoring';

export type TierTerm = Tier | 'micro_influencer';

export interface DeliverableTemplate {
  type: ContentKind;
  platform: ContentPlatform;
  count: number;
}

/** Who the campaign wants to reach; countries and languages also target the creators themselves. */
export interface AudienceTarget {
  countries: string[];
  languages: string[];
  ageBands: AgeBand[];
  genders: Gender[];
}

export interface CreatorCriteria {
  platforms: Platform[];
  followers: { min?: number; max?: number } | null;
  tiers: TierTerm[];
  /** Minimum stored engagement rate (fraction, 0.02 = 2 %); a discovery filter. */
  minEngagementRate: number | null;
  /** Minimum authenticity score (0–100); a fit filter (scores are computed on demand when missing). */
  minAuthenticity: number | null;
}

/** The campaign brief as stored (jsonb): every list present, absent values null. */
export interface CampaignBrief {
  description: string;
  /** Lexicon topics (docs/scoring.md §8). */
  topics: TopicId[];
  /** Catalogue categories; discovery filters on them, fit maps them to lexicon topics. */
  categories: Category[];
  keywords: string[];
  audience: AudienceTarget;
  creatorCriteria: CreatorCriteria;
  /** The deliverables every collaboration starts its terms with. */
  deliverables: DeliverableTemplate[];
  keyMessages: string[];
  dos: string[];
  donts: string[];
  /** Fit weights (normalised to sum 1); null for the defaults 0.4 / 0.3 / 0.3. */
  weights: Partial<FitWeights> | null;
}

/** The brief as the API takes it: everything but the description optional. */
export type CampaignBriefInput = Partial<Omit<CampaignBrief, 'audience' | 'creatorCriteria'>> & {
  description: string;
  audience?: Partial<AudienceTarget>;
  creatorCriteria?: Partial<CreatorCriteria>;
};

export function normaliseBrief(input: CampaignBriefInput): CampaignBrief {
  const criteria = input.creatorCriteria ?? {};
  return {
    description: input.description.trim(),
    topics: [...new Set(input.topics ?? [])],
    categories: [...new Set(input.categories ?? [])],
    keywords: [...new Set((input.keywords ?? []).map((k) => k.trim()).filter(Boolean))],
    audience: {
      countries: input.audience?.countries ?? [],
      languages: input.audience?.languages ?? [],
      ageBands: input.audience?.ageBands ?? [],
      genders: input.audience?.genders ?? [],
    },
    creatorCriteria: {
      platforms: criteria.platforms ?? [],
      followers: criteria.followers ?? null,
      tiers: criteria.tiers ?? [],
      minEngagementRate: criteria.minEngagementRate ?? null,
      minAuthenticity: criteria.minAuthenticity ?? null,
    },
    deliverables: input.deliverables ?? [],
    keyMessages: input.keyMessages ?? [],
    dos: input.dos ?? [],
    donts: input.donts ?? [],
    weights: input.weights ?? null,
  };
}

/** Without keywords, topics, categories or a target audience there is nothing to rank creators by. */
export function briefHasAsks(brief: CampaignBrief): boolean {
  const a = brief.audience;
  return [
    brief.keywords,
    brief.topics,
    brief.categories,
    a.countries,
    a.languages,
    a.ageBands,
    a.genders,
  ].some((values) => values.length > 0);
}

export function toFitBrief(brief: CampaignBrief): FitBrief {
  return {
    keywords: brief.keywords,
    topics: brief.topics,
    categories: brief.categories,
    countries: brief.audience.countries,
    languages: brief.audience.languages,
    ageBands: brief.audience.ageBands,
    genders: brief.audience.genders,
  };
}

export function toFitOptions(brief: CampaignBrief): FitRequestOptions {
  const minAuthenticity = brief.creatorCriteria.minAuthenticity;
  return {
    weights: brief.weights ?? undefined,
    filters: minAuthenticity === null ? undefined : { minAuthenticity },
  };
}

const TOPIC_CATEGORIES = new Map<TopicId, Category>(
  Object.entries(CATEGORY_TOPICS).map(([category, topic]) => [topic, category as Category]),
);

/** Catalogue categories of the brief, plus those of its lexicon topics (`umwelt_klima` → `environment`). */
export function candidateCategories(brief: CampaignBrief): Category[] {
  const categories = new Set<Category>(brief.categories);
  for (const topic of brief.topics) {
    const category = TOPIC_CATEGORIES.get(topic);
    if (category) categories.add(category);
  }
  return [...categories];
}

/**
 * Discovery queries that gather candidates for the fit ranking. The creator criteria are hard filters of every
 * query; keywords (ranked by text relevance) and categories (largest first) each gather their own candidates, as
 * discovery would otherwise require both at once. Without either, the audience criteria alone select.
 */
export function candidateSearches(brief: CampaignBrief, poolSize: number): DiscoveryFilters[] {
  const c = brief.creatorCriteria;
  const base: DiscoveryFilters = { limit: poolSize };
  if (c.platforms.length > 0) base.platforms = c.platforms;
  if (c.followers) base.followers = c.followers;
  if (c.tiers.length > 0) base.tiers = c.tiers;
  if (c.minEngagementRate !== null) base.engagementRate = { min: c.minEngagementRate };
  if (brief.audience.countries.length > 0) base.countries = brief.audience.countries;
  if (brief.audience.languages.length > 0) base.languages = brief.audience.languages;
  const searches: DiscoveryFilters[] = [];
  if (brief.keywords.length > 0) {
    searches.push({ ...base, keywords: brief.keywords, keywordMode: 'any', sort: { by: 'relevance' } });
  }
  const categories = candidateCategories(brief);
  if (categories.length > 0) searches.push({ ...base, categories, sort: { by: 'followers' } });
  if (searches.length === 0) searches.push({ ...base, sort: { by: 'followers' } });
  return searches;
}

/** Checks the DTOs cannot express; field paths as the API names them (`brief.weights`). */
export function briefFieldErrors(brief: CampaignBriefInput, prefix = 'brief'): FieldError[] {
  const errors: FieldError[] = [];
  const w = brief.weights;
  if (w && (w.relevance ?? 0.4) + (w.engagement ?? 0.3) + (w.authenticity ?? 0.3) <= 0) {
    errors.push({
      field: `${prefix}.weights`,
      message: `${prefix}.weights must not all be zero`,
      rule: 'weights',
    });
  }
  return errors;
}
