import { extractHashtags, extractMentions, normalizeHandle } from './caption-entities';

describe('extractHashtags', () => {
  it('finds tags with umlauts and CamelCase, keeps the first spelling, drops duplicates', () => {
    expect(
      extractHashtags('Neuer Beitrag! #Klimaschutz #münchen #KlimaSchutzJetzt #klimaschutz #shorts'),
    ).toEqual(['Klimaschutz', 'münchen', 'KlimaSchutzJetzt', 'shorts']);
  });

  it('ignores numbers, URL fragments and HTML entities', () => {
    expect(extractHashtags('Platz #1 seit 2024 https://example.com/page#section &#39; #2024 #top10')).toEqual(
      ['top10'],
    );
  });

  it('handles empty input', () => {
    expect(extractHashtags(null)).toEqual([]);
    expect(extractHashtags('')).toEqual([]);
  });
});

describe('extractMentions', () => {
  it('finds handles, lower-cases them and strips sentence dots', () => {
    expect(extractMentions('Danke an @Lena.Kocht und @tom_cooks. Foto: @studio-nord!')).toEqual([
      'lena.kocht',
      'tom_cooks',
      'studio-nord',
    ]);
  });

  it('does not mistake e-mail addresses for mentions', () => {
    expect(extractMentions('Anfragen an info@brand.de bitte')).toEqual([]);
  });
});

describe('normalizeHandle', () => {
  it('strips @, whitespace and case', () => {
    expect(normalizeHandle('  @@LenaKocht ')).toBe('lenakocht');
  });
});
