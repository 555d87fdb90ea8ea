import type { EngineCase } from './case.types';

const EU = { jurisdiction: 'EU' as const };

// prettier-ignore
export const EU_CASES: EngineCase[] = [
  { name: 'English #ad judged at EU level', rule: '§6 Baseline EU consumer law', input: { ...EU, caption: '#ad Summer in Lisbon with @tap' }, verdict: 'needs_review', codes: ['language_uncertain'] },
  { name: 'German Werbung at EU level', rule: '§6 Baseline', input: { ...EU, caption: 'Werbung | Sommer in Lissabon mit @tap' }, verdict: 'compliant', codes: [] },
  { name: 'no label at EU level', rule: '§6 Baseline (UCPD Annex I no. 11)', input: { ...EU, caption: 'Summer in Lisbon with @tap' }, verdict: 'non_compliant', codes: ['missing_disclosure'] },
  { name: '#collab at EU level', rule: '§8 matrix (#collab ✘ everywhere)', input: { ...EU, caption: '#collab Summer in Lisbon with @tap' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: 'Ireland: English #ad upfront', rule: '§6 Baseline (English official in IE)', input: { audienceJurisdictions: ['IE'], caption: '#ad Summer in Galway with @guinness' }, verdict: 'compliant', codes: [] },
  { name: 'Malta: English "Ad |" upfront', rule: '§6 Baseline (English official in MT)', input: { audienceJurisdictions: ['MT'], caption: 'Ad | Diving in Gozo with @padi' }, verdict: 'compliant', codes: [] },
  { name: 'Italy: English #ad', rule: '§6 Baseline (language_uncertain elsewhere)', input: { audienceJurisdictions: ['IT'], caption: '#ad Estate a Roma con @vespa' }, verdict: 'needs_review', codes: ['language_uncertain'] },
  { name: 'Italy: #pubblicità', rule: '§6 Baseline (national label, assumption ❓)', input: { audienceJurisdictions: ['IT'], caption: '#pubblicità Estate a Roma con @vespa' }, verdict: 'compliant', codes: [] },
  { name: 'Netherlands: Reclame', rule: '§6 Baseline (national label, assumption ❓)', input: { audienceJurisdictions: ['NL'], caption: 'Reclame | Fietsen met @vanmoof' }, verdict: 'compliant', codes: [] },
  { name: 'Poland: German Werbung', rule: '§6 Baseline (not an official language)', input: { audienceJurisdictions: ['PL'], caption: 'Werbung | Kraków z @lot' }, verdict: 'needs_review', codes: ['language_uncertain'] },
  { name: 'Belgium: Publicité (French is official)', rule: '§6 Baseline', input: { audienceJurisdictions: ['BE'], caption: 'Publicité | Bruxelles avec @stib' }, verdict: 'compliant', codes: [] },
  { name: 'Ireland: #ad in a hashtag cloud', rule: '§0.4', input: { audienceJurisdictions: ['IE'], caption: 'Galway @guinness #travel #ireland #pints #ad' }, verdict: 'non_compliant', codes: ['buried_label'] },
  { name: 'Ireland: "Sponsored"', rule: '§6 Baseline; §0 needs_review table', input: { audienceJurisdictions: ['IE'], caption: 'Sponsored | Galway with @guinness' }, verdict: 'needs_review', codes: ['label_wording_unclear'] },
  { name: 'AI image of a real politician, undisclosed', rule: '§7 Engine test', input: { ...EU, materialConnection: 'none', aiGenerated: true, caption: 'Look who just endorsed my podcast 😂 @ursulavonderleyen' }, verdict: 'non_compliant', codes: ['missing_ai_label'] },
  { name: 'AI image disclosed as AI-generated', rule: '§7 Engine test', input: { ...EU, materialConnection: 'none', aiGenerated: true, caption: 'AI-generated: what if Ursula joined my podcast?' }, verdict: 'compliant', codes: [] },
  { name: 'AI image disclosed as deepfake', rule: '§7 Engine test', input: { ...EU, materialConnection: 'none', aiGenerated: true, caption: 'Obvious #deepfake parody of our mayor' }, verdict: 'compliant', codes: [] },
  { name: 'openly virtual influencer', rule: '§7 Engine test (virtual persona)', input: { ...EU, materialConnection: 'none', aiGenerated: true, caption: 'Hi, I am Mila, a virtual influencer from Milan 💫' }, verdict: 'needs_review', codes: ['ai_label_scope_unclear'] },
  { name: 'German audience: AI face with "KI-Avatar"', rule: '§7 Engine test', input: { jurisdiction: 'DE', materialConnection: 'none', aiGenerated: true, caption: 'Mein KI-Avatar testet heute Outfits' }, verdict: 'needs_review', codes: ['ai_label_scope_unclear'] },
  { name: 'German audience: undisclosed AI image', rule: '§3 Retouch / AI; §7', input: { jurisdiction: 'DE', aiGenerated: true, caption: 'Werbung | Mein neuer Look @zalando' }, verdict: 'non_compliant', codes: ['missing_ai_label'] },
  { name: 'platform tool alone at EU level', rule: '§6 Baseline (DSA Art. 26(2) ❓)', input: { ...EU, paidPartnershipLabel: true, caption: 'Summer in Lisbon' }, verdict: 'needs_review', codes: ['platform_label_only'] },
];
