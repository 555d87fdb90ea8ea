import type { EngineCase } from './case.types';

// prettier-ignore
export const MULTI_CASES: EngineCase[] = [
  { name: 'US + DE with #ad: DE decides', rule: '§0.6 (example)', input: { audienceJurisdictions: ['US', 'DE'], caption: '#ad My new favourite perfume @douglas' }, verdict: 'non_compliant', codes: ['wrong_language'] },
  { name: 'US + DE with Werbung and #ad', rule: '§0.6', input: { audienceJurisdictions: ['US', 'DE'], caption: 'Werbung | #ad My new favourite perfume @douglas' }, verdict: 'compliant', codes: [] },
  { name: 'US + UK + DE + FR + AT with every national label', rule: '§0.6', input: { audienceJurisdictions: ['US', 'UK', 'DE', 'FR', 'AT'], caption: 'Ad | Werbung | Publicité – new @loreal serum' }, verdict: 'compliant', codes: [] },
  { name: 'DE + AT with #ad: non_compliant beats needs_review', rule: '§0.6 (keep the worst outcome)', input: { audienceJurisdictions: ['DE', 'AT'], caption: '#ad Skitag @atomic' }, verdict: 'non_compliant', codes: ['wrong_language'] },
  { name: 'AT + IE with #ad: review beats compliant', rule: '§0.6', input: { audienceJurisdictions: ['AT', 'IE'], caption: '#ad Skitag @atomic' }, verdict: 'needs_review', codes: ['language_uncertain'] },
  { name: 'US + DE, Instagram platform label only: only US is unsettled', rule: '§0.6; §1/§3 Platform tool', input: { audienceJurisdictions: ['US', 'DE'], paidPartnershipLabel: true, caption: 'Herbstlook mit @hm' }, verdict: 'needs_review', codes: ['platform_label_only'] },
  { name: 'FR + DE with Publicité only', rule: '§0.6', input: { audienceJurisdictions: ['FR', 'DE'], caption: 'Publicité | Ma routine @nuxe' }, verdict: 'non_compliant', codes: ['wrong_language'] },
  { name: 'UK + US with a lone trailing #ad', rule: '§0.6; §2 Placement', input: { audienceJurisdictions: ['UK', 'US'], caption: 'Loving these trainers from @nike #ad' }, verdict: 'needs_review', codes: ['placement_uncertain'] },
  { name: 'jurisdiction and audiences are merged', rule: '§11 Input fields', input: { jurisdiction: 'US', audienceJurisdictions: ['FR'], caption: '#ad Ma routine @nuxe' }, verdict: 'non_compliant', codes: ['wrong_language'] },
  { name: 'DE + MT: MT accepts English, DE does not', rule: '§0.6; §6 Baseline', input: { audienceJurisdictions: ['MT', 'DE'], caption: 'Ad | Diving in Gozo with @padi' }, verdict: 'non_compliant', codes: ['wrong_language'] },
  { name: 'FR + DE retouched without mention: FR only', rule: '§0.6; §4 Retouched / AI', input: { audienceJurisdictions: ['FR', 'DE'], retouched: true, caption: 'Publicité | Werbung | Mascara @lancome' }, verdict: 'non_compliant', codes: ['missing_retouch_label'] },
  { name: 'paid political post for UK and DE: imprint satisfies UK and (b), not (a)/(e)', rule: '§0.6; §2 Political; §6 Engine notes', input: { audienceJurisdictions: ['UK', 'DE'], political: true, materialConnection: 'political_paid', caption: 'Vote Green! Promoted by Jane Smith, 1 High Street, Bristol BS1 4DJ' }, verdict: 'non_compliant', codes: ['missing_political_notice', 'missing_transparency_notice'] },
];
