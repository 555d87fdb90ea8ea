import { detectPostLanguage } from '../text/language';
import { normalizeText, truncationOffset } from '../text/normalize';
import { PhraseMatcher, expandAlternatives } from '../text/phrase-matcher';
import { tokenize } from '../text/tokenize';

/** Rules document §0.1–0.4: normalisation, whole tokens, truncation, hashtag runs. */
describe('normalizeText (§0.1)', () => {
  it.each([
    ['full width to ASCII', '＃ＡＤ', '#ad'],
    ['zero-width characters removed', 'Wer\u200Bb\u200Cu\u200Dn\u2060g\uFEFF', 'werbung'],
    ['Cyrillic and Greek look-alikes folded', '\u0410\u0501 \u0391\u0392', 'ad ab'],
    ['accents stripped', 'Publicité rémunérée', 'publicite remuneree'],
    ['superscripts become letters', 'ᵂᵉʳᵇᵘⁿᵍ', 'werbung'],
    ['small capitals become letters', 'ᴀɴᴢᴇɪɢᴇ', 'anzeige'],
    ['typographic apostrophe', 'isn’t', "isn't"],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps every normalised unit back to its original code units', () => {
    const original = '🔥 Ｗer\u200Dbung ﬁne';
    const normalized = normalizeText(original);
    const index = normalized.text.indexOf('werbung');
    const start = normalized.originalStart[index];
    const end = normalized.originalEnd[index + 'werbung'.length - 1];
    expect(original.slice(start, end)).toBe('Ｗer\u200Dbung');
    // "ﬁ" expands to two letters that both point at the one ligature.
    const fi = normalized.text.indexOf('fi');
    expect(original.slice(normalized.originalStart[fi], normalized.originalEnd[fi + 1])).toBe('ﬁ');
  });

  it('flags tiny letters before they are normalised away', () => {
    const normalized = normalizeText('ad ᵃᵈ ᴀᴅ');
    expect(Array.from(normalized.tiny)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
  });
});

describe('truncationOffset (§0.3)', () => {
  it('folds after 125 visible characters', () => {
    const caption = 'x'.repeat(200);
    expect(truncationOffset(caption, 125, 2)).toBe(125);
  });

  it('does not count zero-width characters as visible', () => {
    const caption = `${'\u200B'.repeat(10)}${'x'.repeat(200)}`;
    expect(truncationOffset(caption, 125, 2)).toBe(135);
  });

  it('folds after the second line break, CRLF counted once', () => {
    expect(truncationOffset('a\r\nb\r\nc', 125, 2)).toBe(6);
    expect(truncationOffset('a\n⠀\n#ad', 125, 2)).toBe(4);
  });

  it('returns the caption length when nothing folds', () => {
    expect(truncationOffset('short', 125, 2)).toBe(5);
  });
});

describe('tokenize (§0.2, §0.4)', () => {
  const tokens = (text: string) => tokenize(normalizeText(text));

  it('keeps hashtags, mentions, URLs and words as whole tokens', () => {
    expect(tokens('#adventure @nike.de https://amzn.to/x* Hello').map((t) => [t.kind, t.text])).toEqual([
      ['hashtag', 'adventure'],
      ['mention', 'nike.de'],
      ['url', 'https://amzn.to/x'],
      ['word', 'hello'],
    ]);
  });

  it('groups hashtags separated by blanks or commas into one run', () => {
    const result = tokens('Look #a #b, #c\n#d word #e');
    expect(result.map((t) => t.run)).toEqual([-1, 0, 0, 0, 0, -1, 1]);
  });

  it('counts lines, and separates sentences at . ! ? and line breaks', () => {
    const result = tokens('One. Two!\nThree four');
    expect(result.map((t) => t.line)).toEqual([0, 0, 1, 1]);
    expect(new Set(result.map((t) => t.sentence)).size).toBe(3);
    expect(result[2].sentence).toBe(result[3].sentence);
  });
});

describe('PhraseMatcher', () => {
  const scan = (matcher: PhraseMatcher<string>, text: string) =>
    matcher.scan(tokenize(normalizeText(text))).map((m) => m.payload);

  it('expands alternatives', () => {
    expect(expandAlternatives('{pas|non} {a|b}')).toEqual(['pas a', 'pas b', 'non a', 'non b']);
  });

  it('prefers the longest match and consumes its tokens', () => {
    const matcher = new PhraseMatcher([
      { id: 'label', phrases: ['sponsored'], payload: 'label' },
      { id: 'negation', phrases: ['not sponsored'], payload: 'negation' },
    ]);
    expect(scan(matcher, 'Not sponsored at all')).toEqual(['negation']);
    expect(scan(matcher, '#notsponsored')).toEqual(['negation']);
    expect(scan(matcher, 'Sponsored by X')).toEqual(['label']);
  });

  it('matches wildcards for mentions and words on the same line only', () => {
    const matcher = new PhraseMatcher([{ id: 'thanks', phrases: ['thanks @'], payload: 'thanks' }]);
    expect(scan(matcher, 'thanks @nike')).toEqual(['thanks']);
    expect(scan(matcher, 'thanks\n@nike')).toEqual([]);
    expect(scan(matcher, 'thanks nike')).toEqual([]);
  });

  it('honours hashtag-only wordings and hashtag affixes', () => {
    const matcher = new PhraseMatcher([
      { id: 'sp', phrases: ['sp'], payload: 'sp', tokenForm: 'hashtag' },
      { id: 'brand', phrases: [], payload: 'brand', hashtagSuffixes: ['partner'] },
    ]);
    expect(scan(matcher, 'sp #sp #nikepartner #partner')).toEqual(['sp', 'brand']);
  });

  it('rejects a wording defined by two rules', () => {
    expect(
      () =>
        new PhraseMatcher([
          { id: 'a', phrases: ['ad'], payload: 'a' },
          { id: 'b', phrases: ['AD'], payload: 'b' },
        ]),
    ).toThrow('defined by a and b');
  });
});

describe('detectPostLanguage', () => {
  const detect = (text: string) => detectPostLanguage(tokenize(normalizeText(text)));

  it.each([
    ['Mein neuer Lieblingsduft und ich sind ein Team', 'de'],
    ['Ma routine du soir avec les produits de la marque', 'fr'],
    ['My new favourite perfume and this is the one', 'en'],
  ] as const)('%s → %s', (text, language) => {
    expect(detect(text)).toBe(language);
  });

  it('is undefined when nothing is recognisable or languages tie', () => {
    expect(detect('🔥🔥 #ootd')).toBeUndefined();
    expect(detect('the und')).toBeUndefined();
  });
});
