import type { EngineCase } from './case.types';

const US = { jurisdiction: 'US' as const };
const DE = { jurisdiction: 'DE' as const };

// prettier-ignore
export const TEXT_CASES: EngineCase[] = [
  { name: 'zero-width joiner inside "Werbung"', rule: '§0.1', input: { ...DE, caption: 'Wer\u200Dbung | Neues Parfum @douglas' }, verdict: 'compliant', codes: [] },
  { name: 'zero-width space inside "#Anzeige"', rule: '§0.1', input: { ...DE, caption: '#An\u200Bzeige Neues Parfum' }, verdict: 'compliant', codes: [] },
  { name: 'soft hyphen inside "Werbung"', rule: '§0.1 (invisible characters)', input: { ...DE, caption: 'Wer\u00ADbung: Neues Parfum' }, verdict: 'compliant', codes: [] },
  { name: 'word joiner inside #ad still reads #ad (wrong language in DE)', rule: '§0.1; §3 Language', input: { ...DE, caption: '#a\u2060d Neues Parfum' }, verdict: 'non_compliant', codes: ['wrong_language'], evidence: { wrong_language: '#a\u2060d' } },
  { name: 'Cyrillic "а" in #ad', rule: '§0.1 (homoglyphs)', input: { ...US, caption: '#\u0430d New sneakers @nike' }, verdict: 'compliant', codes: [] },
  { name: 'Cyrillic "А" in "Anzeige"', rule: '§0.1 (homoglyphs)', input: { ...DE, caption: '\u0410nzeige: Neues Parfum' }, verdict: 'compliant', codes: [] },
  { name: 'Greek "Α" and Cyrillic "е" in "Advertisement"', rule: '§0.1 (homoglyphs)', input: { ...US, caption: '\u0391dv\u0435rtisement: new sneakers' }, verdict: 'compliant', codes: [] },
  { name: 'Cyrillic look-alikes in "#keineWerbung" stay misleading', rule: '§0.1; §0.2', input: { ...DE, caption: '#k\u0435in\u0435W\u0435rbung Neues Parfum' }, verdict: 'non_compliant', codes: ['misleading_label'] },
  { name: 'full-width "＃ａｄ"', rule: '§0.1 (NFKC)', input: { ...US, caption: '＃ａｄ New sneakers @nike' }, verdict: 'compliant', codes: [] },
  { name: 'full-width "ＷＥＲＢＵＮＧ"', rule: '§0.1 (NFKC)', input: { ...DE, caption: 'ＷＥＲＢＵＮＧ Neues Parfum' }, verdict: 'compliant', codes: [] },
  { name: 'mathematical bold "𝐀𝐝"', rule: '§0.1 (renders legibly)', input: { ...US, caption: '𝐀𝐝 | New sneakers @nike' }, verdict: 'compliant', codes: [] },
  { name: 'superscript "ᵃᵈ"', rule: '§0.1 (obfuscated)', input: { ...US, caption: 'New sneakers @nike ᵃᵈ' }, verdict: 'non_compliant', codes: ['obfuscated_label'], evidence: { obfuscated_label: 'ᵃᵈ' } },
  { name: 'small-caps "ᴀᴅ"', rule: '§0.1 (obfuscated)', input: { ...US, caption: 'ᴀᴅ New sneakers @nike' }, verdict: 'non_compliant', codes: ['obfuscated_label'], evidence: { obfuscated_label: 'ᴀᴅ' } },
  { name: 'superscript "ᵂᵉʳᵇᵘⁿᵍ"', rule: '§0.1 (obfuscated)', input: { ...DE, caption: 'ᵂᵉʳᵇᵘⁿᵍ Neues Parfum @douglas' }, verdict: 'non_compliant', codes: ['obfuscated_label'], evidence: { obfuscated_label: 'ᵂᵉʳᵇᵘⁿᵍ' } },
  { name: 'small-caps "ᴡᴇʀʙᴜɴɢ"', rule: '§0.1 (obfuscated)', input: { ...DE, caption: 'ᴡᴇʀʙᴜɴɢ Neues Parfum' }, verdict: 'non_compliant', codes: ['obfuscated_label'] },
  { name: 'superscript "#ᵃᵈ" in DE is also the wrong language', rule: '§0.1; §3 Language; §0.9', input: { ...DE, caption: '#ᵃᵈ Neues Parfum' }, verdict: 'non_compliant', codes: ['obfuscated_label', 'wrong_language'] },
  { name: 'mixed superscript inside a word', rule: '§0.1 (obfuscated)', input: { ...DE, caption: 'Wᵉʳᵇᵘng Neues Parfum' }, verdict: 'non_compliant', codes: ['obfuscated_label'] },
  { name: 'a legible label next to a tiny one is enough', rule: '§0.9 (one sufficient disclosure)', input: { ...US, caption: '#ad New sneakers ᵃᵈ' }, verdict: 'compliant', codes: [] },
  { name: 'padding with ⠀ lines pushes the label behind "more"', rule: '§0.3 (U+2800 padding)', input: { ...US, caption: 'New sneakers @nike\n⠀\n⠀\n#ad' }, verdict: 'non_compliant', codes: ['label_after_truncation'] },
  { name: 'CRLF line breaks count once', rule: '§0.3', input: { ...US, caption: 'Line one @nike\r\n#ad line two' }, verdict: 'compliant', codes: [] },
  { name: 'label on the second line is before "more"', rule: '§0.3', input: { ...US, caption: 'New sneakers @nike\n#ad' }, verdict: 'compliant', codes: [] },
  { name: 'evidence offsets survive emoji before the label', rule: '§0.1 (index map)', input: { ...DE, caption: '🔥🔥🔥 Neues Parfum 😍 #sponsored' }, verdict: 'non_compliant', codes: ['ambiguous_label', 'wrong_language'], evidence: { wrong_language: '#sponsored' } },
  { name: 'evidence offsets survive full-width text before the label', rule: '§0.1 (index map)', input: { ...DE, caption: 'ＮＥＵ！ Parfum #ad' }, verdict: 'non_compliant', codes: ['wrong_language'], evidence: { wrong_language: '#ad' } },
  { name: '#adventure, #adorable, #advertisingstudent are not labels', rule: '§0.2', input: { ...US, caption: '#adventure #adorable #advertisingstudent' }, verdict: 'non_compliant', codes: ['missing_disclosure'] },
  { name: '"bad" and "ads" are not the label "ad"', rule: '§0.2 (whole tokens)', input: { ...US, caption: 'Not bad for ads-free music @spotify' }, verdict: 'non_compliant', codes: ['missing_disclosure'] },
  { name: '"isn\'t an ad" with a typographic apostrophe', rule: '§0.2', input: { ...US, caption: 'This isn’t an ad, I just love @oatly' }, verdict: 'non_compliant', codes: ['misleading_label'] },
  { name: 'hashtag cloud of exactly three others buries the label', rule: '§0.4 (three or more)', input: { ...US, caption: 'Run club @nike #run #club #miles #ad' }, verdict: 'non_compliant', codes: ['buried_label'] },
  { name: 'two other hashtags are not a cloud', rule: '§0.4', input: { ...US, caption: 'Run club @nike #run #miles #ad' }, verdict: 'compliant', codes: [] },
  { name: 'a cloud in a short caption still buries', rule: '§0.4 ("fails even in a short caption")', input: { ...US, caption: 'Yum #food #foodie #yum #ad' }, verdict: 'non_compliant', codes: ['buried_label'] },
  { name: 'comma-separated hashtags form one cloud', rule: '§0.4', input: { ...US, caption: 'Yum @kfc #food, #foodie, #yum, #ad' }, verdict: 'non_compliant', codes: ['buried_label'] },
  { name: 'empty caption with a connection', rule: '§0.7', input: { ...US, caption: '' }, verdict: 'non_compliant', codes: ['missing_disclosure'] },
  { name: '"ad-free" is a compound, not the label "ad"', rule: '§0.2 (whole tokens)', input: { ...US, caption: 'Ad-free life with @spotify' }, verdict: 'non_compliant', codes: ['missing_disclosure'] },
  { name: '"no ad-blocker" is not the negation "no ad"', rule: '§0.2 (whole tokens)', input: { ...US, caption: 'No ad-blocker needed with @brave' }, verdict: 'non_compliant', codes: ['missing_disclosure'] },
  { name: 'hyphenated "KI-generiert" still matches as a whole', rule: '§7 Engine test', input: { ...DE, materialConnection: 'none', aiGenerated: true, caption: 'KI-generiert: ich als Astronautin' }, verdict: 'compliant', codes: [] },
];
