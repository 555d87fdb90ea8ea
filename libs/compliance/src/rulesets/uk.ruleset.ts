/**
 * United Kingdom: CAP Code 2.1, CAP/CMA Influencers' guide (3rd ed. 2023), CMA guidance (DMCC Act 2024),
 * Elections Act 2022 digital imprints (disclosure-rules.md §2).
 */
import type { JurisdictionRuleset } from '../ruleset.types';
import { cite, label, standardPlacement, universalLabelRules } from './conventions';
import * as L from './lexicon';
import { IMPRINT_MARKERS } from './lexicon-political';

const WORDING = cite(
  "CAP/CMA Influencers' guide 2023; RPC on ASA/CMA training",
  '§2 Accepted wording',
  'secondary',
);
const INSUFFICIENT = cite('ASA/CMA; RPC; Wiggin on CMA 2025 guidance', '§2 Insufficient', 'secondary');
const SPONSORED = cite(
  'ASA: "Sponsored" flagged risky; engine treats it as needs_review',
  '§2 Insufficient / §8 matrix',
  'secondary',
);
const PLACEMENT = cite('CMA via Wiggin: upfront, before "see more"', '§2 Placement', 'secondary');
const VIDEO = cite(
  'CMA business guide example (#AD | title plus in-video mention); ASA/ASOS ruling',
  '§2 Video / Stories',
  'verified',
);
const LIVE = cite(
  'No UK livestream rule found; convention 5 (livestreams repeat the disclosure)',
  '§0.5 / §2 Video',
  'unverified',
);
const AFFILIATE = cite(
  'ASA ruling ASOS/Zoe Sugg 2020: "Affiliate" alone insufficient, "Aff" not understood',
  '§2 Affiliate',
  'verified',
);
const OWN_BRAND = cite(
  'ASA ruling on an influencer\'s own activewear brand; "my own brand" without Ad unclear',
  '§2 Own brand',
  'secondary',
);
const LANGUAGE = cite(
  'No UK language rule found; a label in the language of the post is assumed to count',
  '§1 Language (by analogy)',
  'unverified',
);

export const UK_RULESET: JurisdictionRuleset = {
  jurisdiction: 'UK',
  version: '2026.11.0',
  title: 'United Kingdom: CAP Code, CMA, digital imprints',
  researchedAt: '2026-11',
  labelLanguage: 'en',
  suggestedLabel: 'Ad',
  legalBasis: [
    cite(
      'CAP Code rule 2.1 (marketing communications must be obviously identifiable)',
      '§2 Legal basis',
      'secondary',
    ),
    cite(
      'CAP/CMA "Influencers\' guide to making clear that ads are ads", 3rd ed., 23 Mar 2023',
      '§2 Legal basis',
      'verified',
    ),
    cite(
      'CMA "Hidden ads" guides (3 Nov 2022); DMCC Act 2024, guidance of 3 Sep 2025',
      '§2 Legal basis',
      'secondary',
    ),
  ],
  triggers: {
    citation: cite(
      'CMA: any payment or incentive incl. unsolicited gifts; own business connections',
      '§2 Trigger',
      'verified',
    ),
  },
  labels: [
    ...universalLabelRules('uk'),
    label('uk.labels.clear', L.EN_CLEAR_AD, 'en', [], WORDING),
    label('uk.labels.paid-partnership', L.EN_PAID_PARTNERSHIP, 'en', ['label_wording_unclear'], SPONSORED),
    label(
      'uk.labels.sponsored',
      [...L.EN_SPONSORED, ...L.SPONSORING_WORD],
      'en',
      ['label_wording_unclear'],
      SPONSORED,
    ),
    label('uk.labels.promotion', L.EN_PROMOTION, 'en', ['label_wording_unclear'], SPONSORED),
    label('uk.labels.brand-partner', [], 'en', ['ambiguous_label'], INSUFFICIENT, {
      hashtagSuffixes: L.BRAND_PARTNER_SUFFIXES,
    }),
    label('uk.labels.weak', L.EN_WEAK_PLAIN, 'en', ['ambiguous_label'], INSUFFICIENT),
    label('uk.labels.weak-hashtag', L.EN_WEAK_HASHTAG, 'en', ['ambiguous_label'], INSUFFICIENT, {
      tokenForm: 'hashtag',
    }),
    label('uk.labels.gift', L.EN_GIFT, 'en', ['ambiguous_label'], INSUFFICIENT),
    label('uk.labels.gift-hashtag', L.EN_GIFT_HASHTAG, 'en', ['ambiguous_label'], INSUFFICIENT, {
      tokenForm: 'hashtag',
    }),
    label('uk.labels.commission', L.EN_COMMISSION, 'en', ['ambiguous_label'], AFFILIATE),
    label('uk.labels.own-brand', L.OWN_BRAND_STATEMENTS, 'any', ['own_brand_context'], OWN_BRAND, {
      onlyFor: { connections: ['own_brand'], otherwise: 'ignore' },
    }),
    label(
      'uk.labels.german',
      [...L.DE_CLEAR, ...L.AT_CLEAR_EXTRA, ...L.DE_PLATFORM_LABEL_TEXT],
      'de',
      [],
      LANGUAGE,
      {
        codesIfNotPostLanguage: ['language_uncertain'],
      },
    ),
    label('uk.labels.french', L.FR_CLEAR, 'fr', [], LANGUAGE, {
      codesIfNotPostLanguage: ['language_uncertain'],
    }),
    label(
      'uk.labels.foreign-weak',
      [
        ...L.DE_WEAK,
        ...L.DE_SPONSORED,
        ...L.DE_UNCLEAR,
        ...L.DE_PRODUCT_PLACEMENT,
        ...L.FR_WEAK,
        ...L.FR_UNCLEAR,
      ],
      'any',
      ['ambiguous_label'],
      INSUFFICIENT,
    ),
  ],
  placement: standardPlacement(
    { code: 'label_not_in_video', citation: VIDEO },
    { code: 'livestream_disclosure_not_repeated', citation: LIVE },
    { maxPrecedingTokens: 3, code: 'placement_uncertain', citation: PLACEMENT },
  ),
  platformLabel: {
    acceptedWhen: [],
    citation: cite(
      'CMA "#ad or a platform\'s labelling tool" vs ASA 2023 guide (explicit "Ad")',
      '§2 Platform tool alone',
      'secondary',
    ),
  },
  gifts: {
    disclosure: 'required',
    code: 'gift_rule_unclear',
    citation: cite('CMA: disclose gifts even without brand control', '§2 Gifts', 'verified'),
  },
  political: {
    mode: 'imprint',
    promoterMarkers: {
      phrases: IMPRINT_MARKERS,
      citation: cite(
        'Elections Act 2022 Part 6; Electoral Commission statutory guidance on digital imprints',
        '§2 Political',
        'verified',
      ),
    },
    citation: cite(
      'Digital imprint: name and address of the promoter (paid influencer post assumed "paid-for" ❓)',
      '§2 Political',
      'verified',
    ),
    nonMonetary: {
      code: 'political_rule_unclear',
      citation: cite(
        'Political content rewarded only with a gift or benefit in kind',
        '§0 needs_review table / §6 Engine notes',
        'unverified',
      ),
    },
  },
};
