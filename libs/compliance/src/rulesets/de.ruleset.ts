/**
 * Germany: § 22 MStV, § 6 DDG, § 5a Abs. 4 UWG, BGH "Influencer I–III", Leitfaden der Medienanstalten
 * (disclosure-rules.md §3), plus Reg. (EU) 2024/900 and AI Act Art. 50(4).
 */
import type { JurisdictionRuleset } from '../ruleset.types';
import { cite, label, standardPlacement, universalLabelRules } from './conventions';
import { AI_ACT_POLICY, euPoliticalPolicy } from './eu-shared';
import * as L from './lexicon';

const WORDING = cite(
  'Leitfaden der Medienanstalten; fragzebra.de; ZDF quoting Bremen LMA; LfM NRW',
  '§3 Accepted wording',
  'secondary',
);
const INSUFFICIENT = cite(
  'Leitfaden (via golem 2017); LfM NRW; OLG Celle 13 U 53/17; KG Berlin 5 W 221/17',
  '§3 Insufficient',
  'secondary',
);
const KOOPERATION = cite(
  '"Kooperation" alone widely treated as insufficient (not verified)',
  '§3 Insufficient',
  'unverified',
);
const LANGUAGE = cite(
  'Medienanstalten: German labels; English-only label is wrong_language for a German audience',
  '§3 Language',
  'secondary',
);
const ENGLISH_INSUFFICIENT = cite(
  'Leitfaden: "#sponsored", "sponsored by", "powered by" insufficient, and English',
  '§3 Language',
  'secondary',
);
const UNCLEAR = cite(
  'Neither listed as accepted nor as insufficient by the Medienanstalten',
  '§3 Accepted wording / Insufficient',
  'unverified',
);
const OWN_BRAND = cite(
  'BGH I ZR 90/20 ff.; fragzebra: no label if own business is evident ("mein eigenes Label")',
  '§3 Own brand',
  'secondary',
);
const VIDEO = cite(
  'fragzebra; LfM NRW: "Werbung" as overlay in the video; stories need a continuous overlay',
  '§3 Video / live',
  'secondary',
);

const ENGLISH_WEAK = L.EN_WEAK_PLAIN.filter((phrase) => phrase !== 'powered by');

export const DE_RULESET: JurisdictionRuleset = {
  jurisdiction: 'DE',
  version: '2026.11.0',
  title: 'Germany: MStV, DDG, UWG, Leitfaden der Medienanstalten',
  researchedAt: '2026-11',
  labelLanguage: 'de',
  suggestedLabel: 'Werbung',
  legalBasis: [
    cite('§ 22 MStV', '§3 Legal basis', 'secondary'),
    cite('§ 6 Abs. 1 Nr. 1 DDG', '§3 Legal basis', 'secondary'),
    cite('§ 5a Abs. 4 UWG (since 28 May 2022); UWG Anhang Nr. 11', '§3 Legal basis', 'verified'),
    cite('BGH I ZR 90/20, 125/20, 126/20 (9 Sep 2021)', '§3 Legal basis', 'verified'),
  ],
  triggers: {
    citation: cite(
      'Consideration of any kind, affiliate links, codes, own brand (unless evident)',
      '§3 Trigger',
      'secondary',
    ),
  },
  labels: [
    ...universalLabelRules('de'),
    label(
      'de.labels.clear',
      [...L.DE_CLEAR, ...L.DE_PLATFORM_LABEL_TEXT, ...L.DE_PRODUCT_PLACEMENT],
      'de',
      [],
      WORDING,
    ),
    label('de.labels.austrian', L.AT_CLEAR_EXTRA, 'de', ['label_wording_unclear'], UNCLEAR),
    label('de.labels.unclear', L.DE_UNCLEAR, 'de', ['label_wording_unclear'], UNCLEAR),
    label(
      'de.labels.weak',
      [...L.DE_WEAK, ...L.DE_SPONSORED, ...L.EN_PROMOTION],
      'de',
      ['ambiguous_label'],
      INSUFFICIENT,
    ),
    label('de.labels.weak-hashtag', L.DE_WEAK_HASHTAG, 'de', ['ambiguous_label'], KOOPERATION, {
      tokenForm: 'hashtag',
    }),
    label(
      'de.labels.english',
      [...L.EN_CLEAR_AD, ...L.EN_PAID_PARTNERSHIP, ...L.EN_COMMISSION],
      'en',
      ['wrong_language'],
      LANGUAGE,
    ),
    label(
      'de.labels.english-sponsored',
      [...L.EN_SPONSORED, ...L.SPONSORING_WORD, 'powered by'],
      'en',
      ['ambiguous_label', 'wrong_language'],
      ENGLISH_INSUFFICIENT,
    ),
    label('de.labels.english-weak', [...ENGLISH_WEAK, ...L.EN_GIFT], 'en', ['ambiguous_label'], INSUFFICIENT),
    label(
      'de.labels.english-weak-hashtag',
      [...L.EN_WEAK_HASHTAG, ...L.EN_GIFT_HASHTAG],
      'en',
      ['ambiguous_label'],
      INSUFFICIENT,
      { tokenForm: 'hashtag' },
    ),
    label('de.labels.brand-partner', [], 'en', ['ambiguous_label'], INSUFFICIENT, {
      hashtagSuffixes: L.BRAND_PARTNER_SUFFIXES,
    }),
    label('de.labels.french', L.FR_CLEAR, 'fr', ['wrong_language'], LANGUAGE),
    label('de.labels.french-weak', [...L.FR_WEAK, ...L.FR_UNCLEAR], 'fr', ['ambiguous_label'], INSUFFICIENT),
    label('de.labels.own-brand', L.OWN_BRAND_STATEMENTS, 'any', [], OWN_BRAND, {
      onlyFor: { connections: ['own_brand'], otherwise: 'ignore' },
    }),
  ],
  placement: standardPlacement(
    { code: 'label_not_in_video', citation: VIDEO },
    { code: 'livestream_disclosure_not_repeated', citation: VIDEO },
  ),
  platformLabel: {
    acceptedWhen: [{ platforms: ['instagram'], kinds: ['post'] }],
    citation: cite(
      'LfM NRW accepts "Bezahlte Werbepartnerschaft" for Instagram feed posts; video switches not verified',
      '§3 Platform tool alone',
      'secondary',
    ),
  },
  gifts: {
    disclosure: 'unsettled',
    code: 'gift_rule_unclear',
    citation: cite(
      '§ 5a Abs. 4 S. 2 vs S. 3 UWG: unconditional gift, consideration presumed',
      '§3 Gifts',
      'secondary',
    ),
  },
  affiliateLinkMarking: {
    explanationWords: [
      'affiliate',
      'provision',
      'provisionslink',
      'affiliatelink',
      'werbelink',
      'partnerlink',
      'kommission',
      'vergütung',
    ],
    citation: cite(
      'fragzebra: "*" after each affiliate link plus a "*" explanation next to the links',
      '§3 Affiliate / codes',
      'secondary',
    ),
  },
  political: euPoliticalPolicy([], '§ 22 MStV ("Politische Werbung", sponsor name ❓)'),
  aiAct: AI_ACT_POLICY,
};
