import type { CaseInput, EngineCase } from './case.types';
import { longCaption } from './case.types';

const PAID: Partial<CaseInput> = { political: true, materialConnection: 'political_paid' };
const NOTICE = 'https://example.eu/transparency/123';
const DE_FULL = `Politische Anzeige | Auftraggeber: Klimabündnis e.V. | Transparenzhinweis: ${NOTICE}\nGeht am Sonntag wählen!`;

// prettier-ignore
export const POLITICAL_CASES: EngineCase[] = [
  // EU-family audiences: Reg. (EU) 2024/900 Art. 11(1)(a), (b), (e).
  { name: 'DE: complete statement, sponsor and notice', rule: '§6 Engine notes; §3 Political', input: { ...PAID, jurisdiction: 'DE', caption: DE_FULL }, verdict: 'compliant', codes: [] },
  { name: 'DE: only "Werbung" (commercial label is not statement (a))', rule: '§6 Engine notes', input: { ...PAID, jurisdiction: 'DE', caption: 'Werbung | Geht am Sonntag wählen! @gruene' }, verdict: 'non_compliant', codes: ['missing_political_notice', 'missing_sponsor_identity', 'missing_transparency_notice'] },
  { name: 'DE: no elements at all (exception to convention 7)', rule: '§0.7(b); §6 Engine notes', input: { ...PAID, jurisdiction: 'DE', caption: 'Geht am Sonntag wählen!' }, verdict: 'non_compliant', codes: ['missing_political_notice', 'missing_sponsor_identity', 'missing_transparency_notice'] },
  { name: 'DE: party only @-tagged is not a sponsor', rule: '§6 Engine notes (sponsor (b))', input: { ...PAID, jurisdiction: 'DE', caption: `Politische Anzeige | Wählt @spd! Transparenzhinweis: ${NOTICE}` }, verdict: 'non_compliant', codes: ['missing_sponsor_identity'] },
  { name: 'DE: "Link in Bio" is not a pointer', rule: '§6 Engine notes (pointer (e))', input: { ...PAID, jurisdiction: 'DE', caption: 'Politische Anzeige | Auftraggeber: Klimabündnis e.V. | Infos: Link in Bio' }, verdict: 'non_compliant', codes: ['missing_transparency_notice'] },
  { name: 'DE: pointer below "more" still counts', rule: '§6 Engine notes (pointer anywhere)', input: { ...PAID, jurisdiction: 'DE', caption: longCaption('Politische Anzeige | Auftraggeber: Klimabündnis e.V.', `Transparenzhinweis: ${NOTICE}`) }, verdict: 'compliant', codes: [] },
  { name: 'DE: statement only after "more"', rule: '§6 Engine notes (placement)', input: { ...PAID, jurisdiction: 'DE', caption: longCaption('Auftraggeber: Klimabündnis e.V. Geht wählen!', `Politische Anzeige. Transparenzhinweis: ${NOTICE}`) }, verdict: 'non_compliant', codes: ['label_after_truncation'] },
  { name: 'AT: statement in a hashtag cloud', rule: '§6 Engine notes (placement)', input: { ...PAID, jurisdiction: 'AT', caption: `Auftraggeber: Volksbegehren XY. Info: ${NOTICE} #wien #wahl #demokratie #politischewerbung` }, verdict: 'non_compliant', codes: ['buried_label'] },
  { name: 'AT: complete', rule: '§5 Political; §6', input: { ...PAID, jurisdiction: 'AT', caption: `Politische Werbung | Bezahlt von Volksbegehren XY | Info: ${NOTICE}` }, verdict: 'compliant', codes: [] },
  { name: 'FR: complete, in French', rule: '§4 Political; §6', input: { ...PAID, jurisdiction: 'FR', caption: `Publicité politique | Commanditaire : Collectif Climat | Avis de transparence : ${NOTICE}` }, verdict: 'compliant', codes: [] },
  { name: 'FR: sponsor missing', rule: '§6 Engine notes', input: { ...PAID, jurisdiction: 'FR', caption: `Publicité politique | Votez dimanche ! Avis de transparence : ${NOTICE}` }, verdict: 'non_compliant', codes: ['missing_sponsor_identity'] },
  { name: 'EU: English statement, "Sponsored by", notice', rule: '§6 Engine notes', input: { ...PAID, jurisdiction: 'EU', caption: `Political advertisement | Sponsored by Greens Europe | Transparency notice: ${NOTICE}` }, verdict: 'compliant', codes: [] },
  { name: 'EU: #politicalad as one hashtag', rule: '§6 Engine notes (statement (a))', input: { ...PAID, jurisdiction: 'EU', caption: `#politicalad Paid for by Greens Europe. Notice: ${NOTICE}` }, verdict: 'compliant', codes: [] },
  { name: 'EU: "#ad" plus "Sponsored by" supplies only (b)', rule: '§6 Engine notes', input: { ...PAID, jurisdiction: 'EU', caption: '#ad Sponsored by Greens Europe. Vote on Sunday!' }, verdict: 'non_compliant', codes: ['missing_political_notice', 'missing_transparency_notice'] },
  { name: 'EU: campaign notice URL in the caption counts as pointer', rule: '§6 Engine notes (pointer (e))', input: { ...PAID, jurisdiction: 'EU', politicalSponsor: { name: 'Greens Europe', transparencyNoticeUrl: NOTICE }, caption: `Political ad | Sponsor: Greens Europe | ${NOTICE}` }, verdict: 'compliant', codes: [] },
  { name: 'EU: statement in tiny letters', rule: '§0.1; §6 Engine notes', input: { ...PAID, jurisdiction: 'EU', caption: `ᵖᵒˡⁱᵗⁱᶜᵃˡ ᵃᵈ Sponsored by Greens Europe. Notice: ${NOTICE}` }, verdict: 'non_compliant', codes: ['obfuscated_label'] },
  { name: 'EU: political livestream, label shown once', rule: '§6 Livestreams', input: { ...PAID, jurisdiction: 'EU', platform: 'youtube', kind: 'livestream', videoDisclosure: { onScreen: true, spoken: false, repeated: false }, caption: `Political ad | Sponsored by Greens Europe | Notice: ${NOTICE}` }, verdict: 'needs_review', codes: ['placement_uncertain'] },
  { name: 'DE: political post paid in kind (gift)', rule: '§6 Engine notes; §8 matrix', input: { political: true, materialConnection: 'gifted', jurisdiction: 'DE', caption: 'Danke für das Shirt, Geht wählen!' }, verdict: 'needs_review', codes: ['political_rule_unclear'] },
  { name: 'EU: personal political opinion without consideration', rule: '§6 Exclusions (Art. 1(3))', input: { political: true, materialConnection: 'none', jurisdiction: 'EU', caption: 'Ich gehe am Sonntag wählen, ihr auch?' }, verdict: 'compliant', codes: [] },
  { name: 'DE: paid political post with "nicht gesponsert"', rule: '§0.2', input: { ...PAID, jurisdiction: 'DE', caption: `${DE_FULL}\nnicht gesponsert` }, verdict: 'non_compliant', codes: ['misleading_label'] },
  { name: 'political: true with materialConnection paid counts as paid political', rule: '§11 Input fields', input: { political: true, materialConnection: 'paid', jurisdiction: 'DE', caption: 'Werbung | Geht wählen!' }, verdict: 'non_compliant', codes: ['missing_political_notice', 'missing_sponsor_identity', 'missing_transparency_notice'] },
  // UK: digital imprint only.
  { name: 'UK: "Ad" with a complete imprint', rule: '§2 Political', input: { ...PAID, jurisdiction: 'UK', caption: 'Ad | Vote Green on Thursday! Promoted by Jane Smith on behalf of the Green Party, 1 High Street, London SW1A 1AA' }, verdict: 'compliant', codes: [] },
  { name: 'UK: no imprint', rule: '§2 Political', input: { ...PAID, jurisdiction: 'UK', caption: 'Ad | Vote Green on Thursday!' }, verdict: 'non_compliant', codes: ['missing_sponsor_identity'] },
  { name: 'UK: promoter named without address', rule: '§2 Political (name and address)', input: { ...PAID, jurisdiction: 'UK', caption: 'Vote Green! Promoted by Jane Smith' }, verdict: 'non_compliant', codes: ['missing_sponsor_identity'], evidence: { missing_sponsor_identity: 'Promoted by Jane' } },
  { name: 'UK: no EU political-notice codes', rule: '§2 Political', input: { ...PAID, jurisdiction: 'UK', caption: 'Vote Green! Promoted by Jane Smith for the Green Party, 1 High Street, Bristol BS1 4DJ' }, verdict: 'compliant', codes: [] },
  { name: 'UK: political gift', rule: '§0 needs_review table (political_rule_unclear)', input: { political: true, materialConnection: 'gifted', jurisdiction: 'UK', caption: 'Vote Green!' }, verdict: 'needs_review', codes: ['political_rule_unclear'] },
  // US: FEC deferred paid influencers.
  { name: 'US: paid political post', rule: '§1 Political', input: { ...PAID, jurisdiction: 'US', caption: 'Paid for by Smith for Senate. Vote Nov 3!' }, verdict: 'needs_review', codes: ['political_rule_unclear'] },
  { name: 'US: paid political post with "not sponsored"', rule: '§0.2; §0.9', input: { ...PAID, jurisdiction: 'US', caption: 'Not sponsored, just vote Smith!' }, verdict: 'non_compliant', codes: ['misleading_label'] },
  { name: 'EU: "Sponsor: none" names nobody', rule: '§6 Engine notes (sponsor (b))', input: { ...PAID, jurisdiction: 'EU', caption: `Political ad. Sponsor: none. Info: ${NOTICE}` }, verdict: 'non_compliant', codes: ['missing_sponsor_identity'] },
];
