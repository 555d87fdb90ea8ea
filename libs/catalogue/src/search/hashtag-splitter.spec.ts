import { HashtagSplitter } from './hashtag-splitter';
import { COMPOUND_DICTIONARY } from './compound-dictionary';

describe('HashtagSplitter', () => {
  const splitter = new HashtagSplitter(COMPOUND_DICTIONARY);

  it.each([
    ['klimaschutz', ['klimaschutz', 'klima', 'schutz']],
    ['#Tarifrunde', ['tarifrunde', 'tarif', 'runde']],
    ['KlimaSchutzJetzt', ['klimaschutzjetzt', 'klima', 'schutz', 'jetzt']],
    ['arbeitszeit', ['arbeitszeit', 'arbeit', 'zeit']],
    ['fridays4future', ['fridays4future', 'fridays', '4', 'future']],
    ['zerowaste', ['zerowaste', 'zero', 'waste']],
  ])('splits %s', (tag, words) => {
    expect(splitter.split(tag)).toEqual(expect.arrayContaining(words));
  });

  it.each(['adventure', 'anzeigetafel', 'xyzklimaqq'])(
    'keeps %s whole when it is not made of known words',
    (tag) => {
      expect(splitter.split(tag)).toEqual([tag]);
    },
  );
});
