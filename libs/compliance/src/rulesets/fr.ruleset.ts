/**
 * France: Loi n° 2023-451 as amended by Ordonnance n° 2024-978 (art. 5, 5-1, 5-2), Code de la consommation
 * L.121-3, LCEN art. 20, Bercy guide, ARPP (disclosure-rules.md §4), plus Reg. (EU) 2024/900 and AI Act.
 */
import type { JurisdictionRuleset } from '../ruleset.types';
import { EEA_COUNTRIES } from './eea';
import { cite, label, standardPlacement, universalLabelRules } from './conventions';
import { AI_ACT_POLICY, euPoliticalPolicy } from './eu-shared';
import * as L from './lexicon';
import { FR_RETOUCH_MENTIONS, FR_VIRTUAL_MENTIONS } from './lexicon-political';

const WORDING = cite(
  'Loi 2023-451 art. 5-2: « publicité », « collaboration commerciale » or an equivalent mention; ARPP « #partenariat », « #sponsoring »',
  '§4 Accepted wording',
  'verified',
);
const INSUFFICIENT = cite('ARPP: "#collab", "merci @marque" not explicit', '§4 Insufficient', 'secondary');
const ENGLISH = cite(
  'ARPP: "#ad" is insufficient in France; Loi Toubon ❓',
  '§4 Insufficient / Language',
  'secondary',
);
const UNCLEAR = cite(
  'Art. 5-2 allows an equivalent mention; gift/affiliate wordings not settled',
  '§4 Accepted wording',
  'unverified',
);
const OWN_BRAND = cite(
  'Art. 5-2: no mention needed when the commercial intent "ressort déjà du contexte"',
  '§4 Accepted wording / §8 matrix',
  'verified',
);
const VIDEO = cite(
  '2023 text "sur l\'image ou sur la vidéo … durant l\'intégralité"; 2024 text "sur tout support": description-only unsettled',
  '§4 Placement',
  'verified',
);
const RETOUCH = cite(
  'Loi 2023-451 art. 5 I: « Images retouchées » (silhouette or face modified) or an equivalent mention',
  '§4 Retouched / AI',
  'verified',
);
const VIRTUAL = cite(
  'Loi 2023-451 art. 5 I: « Images virtuelles » (face or silhouette by AI) or an equivalent mention',
  '§4 Retouched / AI',
  'verified',
);
const NON_PROMOTIONAL = cite(
  'Whether art. 5 I covers non-promotional posts is unclear',
  '§4 Retouched / AI',
  'verified',
);

export const FR_RULESET: JurisdictionRuleset = {
  jurisdiction: 'FR',
  version: '2026.11.0',
  title: 'France: Loi n° 2023-451 (influence commerciale), Ordonnance n° 2024-978',
  researchedAt: '2026-11',
  labelLanguage: 'fr',
  suggestedLabel: 'Publicité',
  legalBasis: [
    cite('Loi n° 2023-451 du 9 juin 2023', '§4 Legal basis', 'verified'),
    cite('Ordonnance n° 2024-978 du 6 novembre 2024', '§4 Legal basis', 'verified'),
    cite('Code de la consommation L.121-3', '§4 Legal basis', 'verified'),
    cite(
      'LCEN art. 20; Bercy guide (Dec 2023); ARPP fiche influenceurs (29 May 2024)',
      '§4 Legal basis',
      'secondary',
    ),
  ],
  triggers: {
    citation: cite(
      'Art. 1: notoriety used à titre onéreux (money or benefit in kind), "une cause quelconque"',
      '§4 Trigger',
      'verified',
    ),
  },
  labels: [
    ...universalLabelRules('fr'),
    label('fr.labels.clear', L.FR_CLEAR, 'fr', [], WORDING),
    label('fr.labels.sponsoring-hashtag', L.SPONSORING_WORD, 'fr', [], WORDING, { tokenForm: 'hashtag' }),
    label('fr.labels.unclear', L.FR_UNCLEAR, 'fr', ['label_wording_unclear'], UNCLEAR),
    label('fr.labels.pub', L.FR_PUB, 'fr', ['label_wording_unclear'], UNCLEAR),
    label(
      'fr.labels.weak',
      [...L.FR_WEAK, ...L.EN_WEAK_PLAIN, ...L.EN_GIFT, ...L.EN_PROMOTION],
      'fr',
      ['ambiguous_label'],
      INSUFFICIENT,
    ),
    label(
      'fr.labels.weak-hashtag',
      [...L.EN_WEAK_HASHTAG, ...L.EN_GIFT_HASHTAG],
      'fr',
      ['ambiguous_label'],
      INSUFFICIENT,
      { tokenForm: 'hashtag' },
    ),
    label('fr.labels.brand-partner', [], 'en', ['ambiguous_label'], INSUFFICIENT, {
      hashtagSuffixes: L.BRAND_PARTNER_SUFFIXES,
    }),
    label(
      'fr.labels.english',
      [...L.EN_CLEAR_AD, ...L.EN_PAID_PARTNERSHIP, ...L.EN_SPONSORED, ...L.EN_COMMISSION],
      'en',
      ['wrong_language'],
      ENGLISH,
    ),
    label('fr.labels.english-sponsoring', L.SPONSORING_WORD, 'en', ['wrong_language'], ENGLISH, {
      tokenForm: 'plain',
    }),
    label(
      'fr.labels.german',
      [...L.DE_CLEAR, ...L.AT_CLEAR_EXTRA, ...L.DE_PLATFORM_LABEL_TEXT],
      'de',
      ['wrong_language'],
      ENGLISH,
    ),
    label(
      'fr.labels.german-weak',
      [...L.DE_WEAK, ...L.DE_SPONSORED, ...L.DE_UNCLEAR, ...L.DE_PRODUCT_PLACEMENT],
      'de',
      ['ambiguous_label'],
      INSUFFICIENT,
    ),
    label('fr.labels.own-brand', L.OWN_BRAND_STATEMENTS, 'any', [], OWN_BRAND, {
      onlyFor: { connections: ['own_brand'], otherwise: 'ignore' },
    }),
  ],
  placement: standardPlacement(
    { code: 'placement_uncertain', citation: VIDEO },
    { code: 'placement_uncertain', citation: VIDEO },
  ),
  platformLabel: {
    acceptedWhen: [{ platforms: 'any', kinds: 'any' }],
    citation: cite(
      'Bercy guide: equivalents "y compris par utilisation des outils des plateformes"',
      '§4 Platform tool alone',
      'secondary',
    ),
  },
  gifts: {
    disclosure: 'required',
    code: 'gift_rule_unclear',
    citation: cite(
      'ARPP: consideration may be a product, a service, a percentage',
      '§4 Gifts / affiliate',
      'secondary',
    ),
  },
  political: euPoliticalPolicy([], 'Loi 2023-451 art. 1 ("une cause quelconque")'),
  retouchMention: {
    id: 'fr.images.retouched',
    mentions: { phrases: FR_RETOUCH_MENTIONS, citation: RETOUCH },
    nonCommercial: { code: 'rule_unclear', citation: NON_PROMOTIONAL },
  },
  virtualImageMention: {
    id: 'fr.images.virtual',
    mentions: { phrases: FR_VIRTUAL_MENTIONS, citation: VIRTUAL },
    nonCommercial: { code: 'rule_unclear', citation: NON_PROMOTIONAL },
  },
  aiAct: AI_ACT_POLICY,
  territorialScope: {
    homeCountry: 'FR',
    unsettledFor: EEA_COUNTRIES.filter((country) => country !== 'FR'),
    code: 'scope_unclear',
    citation: cite(
      'Ordonnance 2024-978 art. 5-1: creators established in another EEA state, case by case',
      '§4 Territorial scope',
      'secondary',
    ),
  },
};
