/**
 * EU level (disclosure-rules.md §6–7): Reg. (EU) 2024/900 for political ads, AI Act Art. 50(4), and the
 * baseline consumer law (UCPD Annex I no. 11 and 22) for commercial posts. Used for `jurisdiction: EU` and,
 * with the state's official languages, for member-state audiences without a rule set of their own.
 */
import type { EuMemberState } from '../compliance.types';
import type { JurisdictionRuleset, LabelRule } from '../ruleset.types';
import { cite, label, standardPlacement, universalLabelRules } from './conventions';
import { AI_ACT_POLICY, euPoliticalPolicy } from './eu-shared';
import * as L from './lexicon';
import { POLITICAL_STATEMENTS_OTHER_EU } from './lexicon-political';

const BASELINE = cite(
  'UCPD 2005/29/EC Annex I no. 11 and 22; AVMSD Art. 9',
  '§6 Baseline EU consumer law',
  'secondary',
);
const ENGLISH = cite(
  'Member-state guidance diverges on English "#ad": needs_review at EU level; accepted where English is official (IE, MT)',
  '§6 Baseline EU consumer law',
  'secondary',
);
const NATIONAL = cite(
  'National-language labels of member states without a section: assumption, not in the research',
  '§6 Baseline (convention 6)',
  'unverified',
);
const INSUFFICIENT = cite(
  'Insufficient in every researched jurisdiction (§8 matrix: #sp/#spon/#collab ✘)',
  '§8 Quick matrix',
  'secondary',
);
const UNCLEAR = cite(
  'Wording neither accepted nor rejected by the researched regulators',
  '§0 needs_review table',
  'unverified',
);

/** Official languages of member states without a rule set of their own (Regulation No 1/1958, national law). */
// prettier-ignore
export const MEMBER_STATE_LANGUAGES: Readonly<Record<EuMemberState, readonly string[]>> = {
  BE: ['nl', 'fr', 'de'], BG: ['bg'], CY: ['el', 'tr'], CZ: ['cs'], DK: ['da'], EE: ['et'], ES: ['es'],
  FI: ['fi', 'sv'], GR: ['el'], HR: ['hr'], HU: ['hu'], IE: ['en', 'ga'], IT: ['it'], LT: ['lt'],
  LU: ['fr', 'de', 'lb'], LV: ['lv'], MT: ['mt', 'en'], NL: ['nl'], PL: ['pl'], PT: ['pt'], RO: ['ro'],
  SE: ['sv'], SI: ['sl'], SK: ['sk'],
};

/** Plain "advertising" words per language. A word shared by languages is listed once with all of them. */
const NATIONAL_AD_LABELS: readonly { phrases: readonly string[]; languages: readonly string[] }[] = [
  { phrases: [...L.DE_CLEAR, ...L.AT_CLEAR_EXTRA, ...L.DE_PLATFORM_LABEL_TEXT], languages: ['de'] },
  { phrases: L.FR_CLEAR, languages: ['fr'] },
  { phrases: ['Reclame', 'Advertentie'], languages: ['nl'] },
  { phrases: ['Pubblicità'], languages: ['it'] },
  { phrases: ['Publicidad'], languages: ['es'] },
  { phrases: ['Publicidade'], languages: ['pt'] },
  { phrases: ['Reklama'], languages: ['pl', 'cs', 'sk', 'lt', 'lv', 'hr'] },
  { phrases: ['Реклама'], languages: ['bg'] },
  { phrases: ['Reklam'], languages: ['sv', 'hu', 'mt'] },
  { phrases: ['Annons'], languages: ['sv'] },
  { phrases: ['Reklame', 'Annonce'], languages: ['da'] },
  { phrases: ['Mainos'], languages: ['fi'] },
  { phrases: ['Reklaam'], languages: ['et'] },
  { phrases: ['Hirdetés'], languages: ['hu'] },
  { phrases: ['Reclamă', 'Publicitate'], languages: ['ro'] },
  { phrases: ['Oglas'], languages: ['hr', 'sl'] },
  { phrases: ['Διαφήμιση'], languages: ['el'] },
  { phrases: ['Fógra'], languages: ['ga'] },
  { phrases: ['Reklamm'], languages: ['lb'] },
];

const nationalLabels: LabelRule[] = NATIONAL_AD_LABELS.map((entry) =>
  label(`eu.labels.national.${entry.languages.join('-')}`, entry.phrases, entry.languages[0], [], NATIONAL, {
    languages: entry.languages,
    byAudienceLanguage: { official: [], other: ['language_uncertain'] },
  }),
);

export const EU_RULESET: JurisdictionRuleset = {
  jurisdiction: 'EU',
  version: '2026.11.0',
  title: 'EU: Reg. (EU) 2024/900 political advertising, AI Act Art. 50, UCPD baseline',
  researchedAt: '2026-11',
  labelLanguage: 'en',
  suggestedLabel: 'Ad',
  legalBasis: [
    cite('Regulation (EU) 2024/900 (applies from 10 Oct 2025)', '§6 Legal basis', 'verified'),
    cite(
      'Implementing Regulation (EU) 2025/1410; Commission Guidelines C/2025/5514',
      '§6 Legal basis',
      'verified',
    ),
    cite('AI Act Art. 50(4) (from 2 Aug 2026)', '§7', 'secondary'),
    BASELINE,
  ],
  triggers: { citation: BASELINE },
  labels: [
    ...universalLabelRules('eu'),
    ...nationalLabels,
    label('eu.labels.sponsoring-hashtag', L.SPONSORING_WORD, 'fr', [], NATIONAL, {
      tokenForm: 'hashtag',
      languages: ['fr'],
      byAudienceLanguage: { official: [], other: ['language_uncertain'] },
    }),
    label('eu.labels.english', L.EN_CLEAR_AD, 'en', ['language_uncertain'], ENGLISH, {
      byAudienceLanguage: { official: [], other: ['language_uncertain'] },
    }),
    label(
      'eu.labels.english-unclear',
      [...L.EN_PAID_PARTNERSHIP, ...L.EN_SPONSORED, ...L.EN_COMMISSION],
      'en',
      ['language_uncertain'],
      ENGLISH,
      {
        byAudienceLanguage: { official: ['label_wording_unclear'], other: ['language_uncertain'] },
      },
    ),
    label('eu.labels.english-sponsoring', L.SPONSORING_WORD, 'en', ['language_uncertain'], ENGLISH, {
      tokenForm: 'plain',
      byAudienceLanguage: { official: ['label_wording_unclear'], other: ['language_uncertain'] },
    }),
    label(
      'eu.labels.weak',
      [...L.EN_WEAK_PLAIN, ...L.EN_GIFT, ...L.EN_PROMOTION, ...L.DE_WEAK, ...L.FR_WEAK],
      'any',
      ['ambiguous_label'],
      INSUFFICIENT,
    ),
    label(
      'eu.labels.weak-hashtag',
      [...L.EN_WEAK_HASHTAG, ...L.EN_GIFT_HASHTAG, ...L.DE_WEAK_HASHTAG],
      'any',
      ['ambiguous_label'],
      INSUFFICIENT,
      { tokenForm: 'hashtag' },
    ),
    label('eu.labels.brand-partner', [], 'en', ['ambiguous_label'], INSUFFICIENT, {
      hashtagSuffixes: L.BRAND_PARTNER_SUFFIXES,
    }),
    label(
      'eu.labels.unclear',
      [...L.DE_UNCLEAR, ...L.DE_SPONSORED, ...L.DE_PRODUCT_PLACEMENT, ...L.FR_UNCLEAR],
      'any',
      ['label_wording_unclear'],
      UNCLEAR,
    ),
    label('eu.labels.own-brand', L.OWN_BRAND_STATEMENTS, 'any', [], BASELINE, {
      onlyFor: { connections: ['own_brand'], otherwise: 'ignore' },
    }),
  ],
  // Convention 5 applied to the baseline: the endorsement is in the video, so is the disclosure.
  placement: standardPlacement(
    { code: 'label_not_in_video', citation: BASELINE },
    { code: 'livestream_disclosure_not_repeated', citation: BASELINE },
  ),
  platformLabel: {
    acceptedWhen: [],
    citation: cite(
      'DSA Art. 26(2) platform function not verified; no EU position on the tool alone',
      '§6 Baseline',
      'unverified',
    ),
  },
  gifts: { disclosure: 'required', code: 'gift_rule_unclear', citation: BASELINE },
  political: euPoliticalPolicy(POLITICAL_STATEMENTS_OTHER_EU),
  aiAct: AI_ACT_POLICY,
};
