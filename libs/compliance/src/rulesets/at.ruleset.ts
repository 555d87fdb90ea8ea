/**
 * Austria: § 26 MedienG, OGH 4 Ob 62/09k, § 6 ECG, UWG, Werberat (disclosure-rules.md §5), plus
 * Reg. (EU) 2024/900 and AI Act Art. 50(4).
 */
import type { JurisdictionRuleset } from '../ruleset.types';
import { cite, label, standardPlacement, universalLabelRules } from './conventions';
import { AI_ACT_POLICY, euPoliticalPolicy } from './eu-shared';
import * as L from './lexicon';

const WORDING = cite(
  '§ 26 MedienG: „Anzeige", „entgeltliche Einschaltung", „Werbung"; OGH 4 Ob 62/09k',
  '§5 Accepted wording',
  'verified',
);
const INSUFFICIENT = cite(
  'netidee: terms that do not express payment ("Kooperation", "danke für die Einladung")',
  '§5 Insufficient',
  'secondary',
);
const ENGLISH = cite(
  'English terms rejected by much of the literature, disputed',
  '§5 Insufficient / §8 matrix',
  'secondary',
);
const SPONSORED = cite(
  '"Sponsored" neither clearly accepted nor rejected in Austria',
  '§0 needs_review table (label_wording_unclear)',
  'secondary',
);
const FRENCH = cite(
  '§ 26 MedienG wording is German; a French label is not of strictly equal meaning to the audience',
  '§5 Accepted wording',
  'unverified',
);
const PLACEMENT = cite(
  'Doubt must be excluded "durch Gestaltung oder Anordnung": prominent and upfront',
  '§5 Placement',
  'secondary',
);
const OWN_BRAND = cite(
  'Own brand stated: no doubt about payment (§ 26 MedienG exception); §8 matrix ✔',
  '§8 Quick matrix',
  'secondary',
);

export const AT_RULESET: JurisdictionRuleset = {
  jurisdiction: 'AT',
  version: '2026.11.0',
  title: 'Austria: § 26 MedienG, ECG, UWG',
  researchedAt: '2026-11',
  labelLanguage: 'de',
  suggestedLabel: 'Werbung',
  legalBasis: [
    cite('§ 26 MedienG', '§5 Legal basis', 'verified'),
    cite('OGH 4 Ob 62/09k (strict standard for other terms)', '§5 Legal basis', 'secondary'),
    cite('§ 6 ECG; UWG Anhang Z 11; Werberat Ethik-Kodex', '§5 Legal basis', 'secondary'),
  ],
  triggers: {
    citation: cite(
      '§ 26 MedienG: paid announcements, recommendations and contributions',
      '§5 Legal basis',
      'verified',
    ),
  },
  labels: [
    ...universalLabelRules('at'),
    label(
      'at.labels.clear',
      [...L.DE_CLEAR, ...L.AT_CLEAR_EXTRA, ...L.DE_PLATFORM_LABEL_TEXT],
      'de',
      [],
      WORDING,
    ),
    label(
      'at.labels.weak',
      [...L.DE_WEAK, ...L.DE_PRODUCT_PLACEMENT, ...L.EN_PROMOTION],
      'de',
      ['ambiguous_label'],
      INSUFFICIENT,
    ),
    label('at.labels.weak-hashtag', L.DE_WEAK_HASHTAG, 'de', ['ambiguous_label'], INSUFFICIENT, {
      tokenForm: 'hashtag',
    }),
    label(
      'at.labels.unclear',
      [...L.DE_UNCLEAR, ...L.DE_SPONSORED],
      'de',
      ['label_wording_unclear'],
      SPONSORED,
    ),
    label(
      'at.labels.english',
      [...L.EN_CLEAR_AD, ...L.EN_PAID_PARTNERSHIP, ...L.EN_COMMISSION],
      'en',
      ['language_uncertain'],
      ENGLISH,
    ),
    label(
      'at.labels.english-sponsored',
      [...L.EN_SPONSORED, ...L.SPONSORING_WORD],
      'en',
      ['label_wording_unclear'],
      SPONSORED,
    ),
    label(
      'at.labels.english-weak',
      [...L.EN_WEAK_PLAIN, ...L.EN_GIFT],
      'en',
      ['ambiguous_label'],
      INSUFFICIENT,
    ),
    label(
      'at.labels.english-weak-hashtag',
      [...L.EN_WEAK_HASHTAG, ...L.EN_GIFT_HASHTAG],
      'en',
      ['ambiguous_label'],
      INSUFFICIENT,
      { tokenForm: 'hashtag' },
    ),
    label('at.labels.brand-partner', [], 'en', ['ambiguous_label'], INSUFFICIENT, {
      hashtagSuffixes: L.BRAND_PARTNER_SUFFIXES,
    }),
    label('at.labels.french', L.FR_CLEAR, 'fr', ['wrong_language'], FRENCH),
    label('at.labels.french-weak', [...L.FR_WEAK, ...L.FR_UNCLEAR], 'fr', ['ambiguous_label'], INSUFFICIENT),
    label('at.labels.own-brand', L.OWN_BRAND_STATEMENTS, 'any', [], OWN_BRAND, {
      onlyFor: { connections: ['own_brand'], otherwise: 'ignore' },
    }),
  ],
  // Convention 5 (disclosure in the video) is applied as in DE: § 26 requires doubt to be excluded by design.
  placement: standardPlacement(
    { code: 'label_not_in_video', citation: PLACEMENT },
    { code: 'livestream_disclosure_not_repeated', citation: PLACEMENT },
  ),
  platformLabel: {
    acceptedWhen: [],
    citation: cite('No Austrian position on platform tools found', '§5 Platform tool alone', 'unverified'),
  },
  gifts: {
    disclosure: 'unsettled',
    code: 'gift_rule_unclear',
    citation: cite(
      'Disputed: only direct payment (Borsky, Kurier) vs free products count (Der Standard)',
      '§5 Gifts',
      'secondary',
    ),
  },
  political: euPoliticalPolicy([], '§ 26 MedienG covers paid political content'),
  aiAct: AI_ACT_POLICY,
};
