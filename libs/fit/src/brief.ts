import type { AudienceTarget, FitFilters, FitWeights, RelevanceBrief, TopicId } from '@fitscout/scoring';

/** A campaign brief as the API takes it; mapped to the scoring library's RelevanceBrief below. */
export interface FitBrief {
  keywords?: readonly string[];
  /** Lexicon topics (`umwelt_klima`, …). */
  topics?: readonly TopicId[];
  /** Catalogue categories (`environment`, …), mapped to lexicon topics where one exists. */
  categories?: readonly string[];
  countries?: readonly string[];
  languages?: readonly string[];
  ageBands?: readonly string[];
  genders?: readonly string[];
}

export interface FitRequestOptions {
  weights?: Partial<FitWeights>;
  filters?: FitFilters;
  now?: Date;
}

/** Catalogue categories → lexicon topics. gaming, finance and lifestyle have no lexicon topic (yet). */
export const CATEGORY_TOPICS: Readonly<Record<string, TopicId>> = {
  environment: 'umwelt_klima',
  labour: 'arbeit_gewerkschaft',
  education: 'bildung',
  health: 'gesundheit',
  sport: 'sport',
  fashion: 'mode',
  beauty: 'beauty',
  politics: 'politik',
  family: 'familie',
  food: 'essen',
  travel: 'reisen',
  technology: 'technik',
  culture: 'kultur',
};

const nonEmpty = <T>(values: readonly T[] | undefined): readonly T[] | undefined =>
  values && values.length > 0 ? values : undefined;

/**
 * Countries and languages target both the creator and the audience: a campaign for German speakers in
 * Germany wants creators there whose followers are there too. Age bands and genders only exist for audiences.
 */
export function toRelevanceBrief(brief: FitBrief): RelevanceBrief {
  const topics = new Set<TopicId>(brief.topics ?? []);
  for (const c of brief.categories ?? []) {
    const topic = CATEGORY_TOPICS[c];
    if (topic) topics.add(topic);
  }
  const audience: AudienceTarget = {};
  if (nonEmpty(brief.countries)) audience.countries = brief.countries;
  if (nonEmpty(brief.languages)) audience.languages = brief.languages;
  if (nonEmpty(brief.ageBands)) audience.ageBands = brief.ageBands;
  if (nonEmpty(brief.genders)) audience.genders = brief.genders;
  return {
    keywords: nonEmpty(brief.keywords),
    topics: topics.size > 0 ? [...topics] : undefined,
    countries: nonEmpty(brief.countries),
    languages: nonEmpty(brief.languages),
    audience: Object.keys(audience).length > 0 ? audience : undefined,
  };
}
