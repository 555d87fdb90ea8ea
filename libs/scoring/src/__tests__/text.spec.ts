import { detectLanguage } from '../text/language';
import { foldText, normalizeHashtag, squeeze, tokenize } from '../text/normalize';
import { segmentWord } from '../text/segment';
import { stemEnglish, stemGerman, termKeys } from '../text/stem';
import { isKnownWord, makeToken, segmentCompound } from '../topic-index';

describe('normalisation', () => {
  it('folds umlauts, ß and other diacritics, lower-cases, applies NFKC', () => {
    expect(foldText('Grüße aus Köln, Café ﬁt')).toBe('gruesse aus koeln, cafe fit');
  });

  it('tokenises words, hashtags, mentions and emoji, dropping URLs', () => {
    const t = tokenize('Heute #Klimaschutz mit @ver.di 🌍 https://x.org/a?b=1 los!');
    expect(t.words).toEqual(['heute', 'mit', 'los']);
    expect(t.hashtags).toEqual(['klimaschutz']);
    expect(t.mentions).toEqual(['ver.di']);
    expect(t.emoji).toEqual(['🌍']);
  });

  it('normalises hashtags and squeezes repeated letters', () => {
    expect(normalizeHashtag('#Fairelöhne!')).toBe('faireloehne');
    expect(squeeze('niiice')).toBe('nice');
  });
});

describe('stemmers', () => {
  it.each([
    ['gewerkschaften', 'gewerkschaft'],
    ['arbeiter', 'arbeit'],
    ['arbeiten', 'arbeit'],
    ['kindern', 'kind'],
    ['schulen', 'schul'],
    ['schule', 'schul'],
    ['klima', 'klima'],
  ])('German %s → %s', (word, stem) => expect(stemGerman(word)).toBe(stem));

  it.each([
    ['studies', 'study'],
    ['running', 'run'],
    ['trainings', 'train'],
    ['classes', 'class'],
    ['focus', 'focus'],
    ['unions', 'union'],
    ['cat', 'cat'],
  ])('English %s → %s', (word, stem) => expect(stemEnglish(word)).toBe(stem));

  it('gives both stems as matching keys', () => {
    expect(termKeys('gewerkschaften')).toEqual(['gewerkschaft', 'gewerkschaften']);
    expect(termKeys('klima')).toEqual(['klima']);
  });
});

describe('segmentation', () => {
  it.each([
    ['klimaschutz', ['klima', 'schutz']],
    ['arbeitsrecht', ['arbeits', 'recht']],
    ['hundeliebe', ['hunde', 'liebe']],
    ['fitnessmotivation', ['fitness', 'motivation']],
    ['klimaschutzjetzt', ['klimaschutz', 'jetzt']],
  ])('%s → %j', (word, pieces) => expect(segmentCompound(word)).toEqual(pieces));

  it('refuses guesses and does not break known words into unknown pieces', () => {
    expect(segmentCompound('xyzqwvabc')).toBeNull();
    expect(segmentCompound('waermepumpe')).toBeNull();
    expect(isKnownWord('hunde')).toBe(true);
    expect(isKnownWord('fit')).toBe(false);
  });

  it('word break works with any dictionary', () => {
    const dict = new Set(['foo', 'bar', 'baz']);
    expect(segmentWord('foobarbaz', (p) => dict.has(p))).toEqual(['foo', 'bar', 'baz']);
    expect(segmentWord('fooxbar', (p) => dict.has(p))).toEqual(['foo', 'x', 'bar']);
    expect(segmentWord('foo', (p) => dict.has(p))).toBeNull();
  });

  it('hashtag tokens carry the keys of their pieces and adjacent pairs', () => {
    const token = makeToken('klimaschutzjetzt', true);
    expect(token.surface).toBe('#klimaschutzjetzt');
    expect(token.keys).toEqual(
      expect.arrayContaining(['#klimaschutzjetzt', 'klimaschutz', 'klima', 'schutz', 'jetzt']),
    );
  });
});

describe('language detection', () => {
  it('tells German from English by stop words and abstains when unclear', () => {
    expect(
      detectLanguage(tokenize('Heute war ich mit den Kindern und der Oma im Wald, das ist so schön').words),
    ).toBe('de');
    expect(detectLanguage(tokenize('Today I went to the park with my kids and it was great').words)).toBe(
      'en',
    );
    expect(detectLanguage(tokenize('Climate Klima').words)).toBeNull();
  });
});
