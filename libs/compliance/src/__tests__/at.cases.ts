import type { EngineCase } from './case.types';
import { longCaption } from './case.types';

const AT = { jurisdiction: 'AT' as const };

// prettier-ignore
export const AT_CASES: EngineCase[] = [
  { name: '"Werbung" upfront', rule: '§5 Accepted wording (§ 26 MedienG)', input: { ...AT, caption: 'Werbung | Skifahren am Arlberg mit @atomic' }, verdict: 'compliant', codes: [] },
  { name: '"Anzeige" upfront', rule: '§5 Accepted wording', input: { ...AT, caption: 'Anzeige: Kaffeepause mit @meinl' }, verdict: 'compliant', codes: [] },
  { name: '"Entgeltliche Einschaltung"', rule: '§5 Accepted wording', input: { ...AT, caption: 'Entgeltliche Einschaltung – Wien bei Nacht mit @oebb' }, verdict: 'compliant', codes: [] },
  { name: '#ad only', rule: '§5 Insufficient (English disputed); §8 matrix', input: { ...AT, caption: '#ad Skifahren am Arlberg mit @atomic' }, verdict: 'needs_review', codes: ['language_uncertain'] },
  { name: '"Sponsored"', rule: '§0 needs_review table (label_wording_unclear)', input: { ...AT, caption: 'Sponsored | Skifahren am Arlberg' }, verdict: 'needs_review', codes: ['label_wording_unclear'] },
  { name: '"Kooperation"', rule: '§5 Insufficient', input: { ...AT, caption: 'Kooperation mit @spar: Grillabend' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: '"danke für die Einladung"', rule: '§5 Insufficient', input: { ...AT, caption: 'Danke für die Einladung @hotelsacher' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: 'gift without a label', rule: '§5 Gifts (disputed)', input: { ...AT, materialConnection: 'gifted', caption: 'Neue Ski von @atomic bekommen!' }, verdict: 'needs_review', codes: ['gift_rule_unclear'] },
  { name: 'gift labelled Werbung', rule: '§5 Gifts', input: { ...AT, materialConnection: 'gifted', caption: 'Werbung | Neue Ski von @atomic' }, verdict: 'compliant', codes: [] },
  { name: 'affiliate without a label', rule: '§5 Affiliate / codes', input: { ...AT, materialConnection: 'affiliate', caption: 'Meine Skibrille: https://amzn.to/3xyz' }, verdict: 'non_compliant', codes: ['missing_disclosure'] },
  { name: 'platform tool alone', rule: '§5 Platform tool alone', input: { ...AT, paidPartnershipLabel: true, caption: 'Skifahren am Arlberg' }, verdict: 'needs_review', codes: ['platform_label_only'] },
  { name: '#ad in a hashtag cloud: the certain failure decides', rule: '§5 Placement; §0.9', input: { ...AT, caption: 'Powder day @atomic #ski #arlberg #winter #ad' }, verdict: 'non_compliant', codes: ['buried_label'] },
  { name: 'Werbung after "more"', rule: '§5 Placement', input: { ...AT, caption: longCaption('Powder day am Arlberg.', 'Werbung') }, verdict: 'non_compliant', codes: ['label_after_truncation'] },
  { name: 'own brand stated', rule: '§8 matrix (own brand ✔)', input: { ...AT, materialConnection: 'own_brand', caption: 'Meine eigene Marke hat neue Mützen!' }, verdict: 'compliant', codes: [] },
  { name: 'reel with the label only in the caption', rule: '§5 Placement; §0.5', input: { ...AT, kind: 'reel', caption: 'Werbung | Powder day @atomic' }, verdict: 'non_compliant', codes: ['label_not_in_video'] },
  { name: '« Publicité » for an Austrian audience', rule: '§5 Accepted wording', input: { ...AT, caption: 'Publicité | Powder day' }, verdict: 'non_compliant', codes: ['wrong_language'] },
  { name: 'AI deepfake without disclosure', rule: '§7 AI Act Art. 50(4)', input: { ...AT, aiGenerated: true, caption: 'Werbung | Der Bundeskanzler empfiehlt @redbull' }, verdict: 'non_compliant', codes: ['missing_ai_label'] },
  { name: 'AI image disclosed as KI-generiert', rule: '§7 AI Act Art. 50(4)', input: { ...AT, aiGenerated: true, caption: 'Werbung | KI-generiert: mein Winterlook @atomic' }, verdict: 'compliant', codes: [] },
  { name: 'no connection', rule: '§5 Legal basis (paid contributions only)', input: { ...AT, materialConnection: 'none', caption: 'Skifahren am Arlberg, selbst bezahlt' }, verdict: 'compliant', codes: [] },
];
