/**
 * United States: FTC Act §5, 16 CFR Part 255 (2023), FTC staff FAQ, Disclosures 101 (disclosure-rules.md §1).
 */
import type { JurisdictionRuleset } from '../ruleset.types';
import { cite, label, standardPlacement, universalLabelRules } from './conventions';
import * as L from './lexicon';

const WORDING = cite(
  'FTC staff FAQ "What People Are Asking" (2023), via law-firm summaries',
  '§1 Accepted wording',
  'secondary',
);
const INSUFFICIENT = cite('Disclosures 101 (2019); FTC 2017 business blog', '§1 Insufficient', 'secondary');
const VIDEO = cite(
  'Disclosures 101: disclosure in the video, repeated in livestreams',
  '§1 Video / Stories / live',
  'secondary',
);
const GIFTS = cite('16 CFR §255.5(a): free products are material connections', '§1 Gifts', 'verified');
const AFFILIATE = cite(
  'FTC staff FAQ: "I get commissions for purchases made through links in this post"',
  '§1 Affiliate',
  'secondary',
);
const OWN_BRAND = cite('16 CFR §255.5(a); FTC FAQ ("I work at X")', '§1 Own brand / employee', 'verified');
const LANGUAGE = cite(
  'FTC FAQ: disclosure in the language of the endorsement (believed, not confirmed)',
  '§1 Language',
  'unverified',
);

export const US_RULESET: JurisdictionRuleset = {
  jurisdiction: 'US',
  version: '2026.11.0',
  title: 'United States: FTC Endorsement Guides',
  researchedAt: '2026-11',
  labelLanguage: 'en',
  suggestedLabel: 'Ad',
  legalBasis: [
    cite('FTC Act §5', '§1 Legal basis', 'verified'),
    cite(
      '16 CFR Part 255, Guides Concerning the Use of Endorsements and Testimonials (rev. 29 Jun 2023)',
      '§1 Legal basis',
      'verified',
    ),
  ],
  triggers: {
    citation: cite(
      '16 CFR §255.5(a): any connection that might materially affect the weight or credibility',
      '§1 Trigger',
      'verified',
    ),
  },
  labels: [
    ...universalLabelRules('us'),
    label('us.labels.clear', L.EN_CLEAR_AD, 'en', [], WORDING),
    label('us.labels.paid-partnership', L.EN_PAID_PARTNERSHIP, 'en', [], WORDING),
    label('us.labels.sponsored', [...L.EN_SPONSORED, ...L.SPONSORING_WORD], 'en', [], WORDING),
    label('us.labels.promotion', L.EN_PROMOTION, 'en', [], WORDING),
    label('us.labels.brand-partner', [], 'en', [], WORDING, { hashtagSuffixes: L.BRAND_PARTNER_SUFFIXES }),
    label('us.labels.weak', L.EN_WEAK_PLAIN, 'en', ['ambiguous_label'], INSUFFICIENT),
    label('us.labels.weak-hashtag', L.EN_WEAK_HASHTAG, 'en', ['ambiguous_label'], INSUFFICIENT, {
      tokenForm: 'hashtag',
    }),
    label('us.labels.gift', L.EN_GIFT, 'en', [], GIFTS, {
      onlyFor: { connections: ['gifted'], otherwise: ['ambiguous_label'] },
    }),
    label('us.labels.gift-hashtag', L.EN_GIFT_HASHTAG, 'en', [], GIFTS, {
      tokenForm: 'hashtag',
      onlyFor: { connections: ['gifted'], otherwise: ['ambiguous_label'] },
    }),
    label('us.labels.commission', L.EN_COMMISSION, 'en', [], AFFILIATE, {
      onlyFor: { connections: ['affiliate'], otherwise: ['ambiguous_label'] },
    }),
    label('us.labels.own-brand', L.OWN_BRAND_STATEMENTS, 'any', [], OWN_BRAND, {
      onlyFor: { connections: ['own_brand'], otherwise: 'ignore' },
    }),
    label(
      'us.labels.german',
      [...L.DE_CLEAR, ...L.AT_CLEAR_EXTRA, ...L.DE_PLATFORM_LABEL_TEXT],
      'de',
      [],
      LANGUAGE,
      {
        codesIfNotPostLanguage: ['language_uncertain'],
      },
    ),
    label('us.labels.french', [...L.FR_CLEAR], 'fr', [], LANGUAGE, {
      codesIfNotPostLanguage: ['language_uncertain'],
    }),
    label(
      'us.labels.foreign-weak',
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
    { code: 'livestream_disclosure_not_repeated', citation: VIDEO },
  ),
  platformLabel: {
    acceptedWhen: [],
    citation: cite(
      'FTC FAQ: "Don\'t assume that a platform\'s disclosure tool is good enough"',
      '§1 Platform paid-partnership tool alone',
      'secondary',
    ),
  },
  gifts: { disclosure: 'required', code: 'gift_rule_unclear', citation: GIFTS },
  political: {
    mode: 'review',
    citation: cite(
      'FEC internet disclaimer rule (1 Dec 2022) deferred paid influencers; CLC petition 23 Oct 2025',
      '§1 Political',
      'secondary',
    ),
  },
};
