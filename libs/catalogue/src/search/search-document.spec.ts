import { buildSearchDocument, keywordTsquery } from './search-document';

const lexemes = (doc: string) => new Set([...doc.matchAll(/'((?:[^']|'')+)':/g)].map((m) => m[1]));

describe('search document', () => {
  it('indexes words by German and English stems, and hashtags whole and split', () => {
    const doc = buildSearchDocument({
      displayName: 'Lena Klein',
      accountBio: 'Radfahren in München',
      captions: ['Die Gewerkschaften rufen zum Streik'],
      hashtags: ['klimaschutz', '#Energiewende'],
    });
    const set = lexemes(doc);
    for (const l of [
      'lena',
      'radfahr',
      'muench',
      'gewerkschaft',
      'streik',
      'klimaschutz',
      'klima',
      'schutz',
      '#klimaschutz',
      'energiewende',
      '#energiewende',
    ]) {
      expect({ l, present: set.has(l) }).toEqual({ l, present: true });
    }
    // Stop words are left out.
    expect(set.has('die')).toBe(false);
    expect(doc).toMatch(/^'[^']+':\d+/);
  });

  it('turns keywords into tsquery literals over the same stems; punctuation cannot escape', () => {
    expect(keywordTsquery('Gewerkschaften')).toBe("('gewerkschaft' | 'gewerkschaften')");
    expect(keywordTsquery('cycling schools')).toBe("('cycling' | 'cycl') & ('school')");
    expect(keywordTsquery("'); DROP TABLE x; --")).toBe("('drop') & ('tabl' | 'table')");
    expect(keywordTsquery('!!! ???')).toBeNull();
  });
});
