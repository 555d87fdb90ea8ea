/**
 * Cheap caption-language guess (stop-word counts) so fixes can be written in the language of the post.
 * It never decides a verdict on its own except where a rule set says a label counts in the post's language.
 */
import type { PostLanguage } from '../compliance.types';
import { foldWording } from './normalize';
import type { Token } from './tokenize';

// prettier-ignore
const STOP_WORDS: Record<PostLanguage, readonly string[]> = {
  en: [
    'the', 'and', 'is', 'my', 'this', 'with', 'you', 'for', 'to', 'of', 'i', 'it', 'in', 'so', 'new',
    'your', 'our', 'are', 'was', 'just', 'love', 'today', 'have', 'what', 'from', 'all', 'me', 'we', 'be',
    'can', 'out', 'check', 'get', 'here', 'link', 'thanks', 'vote', 'please',
  ],
  de: [
    'und', 'ich', 'der', 'die', 'das', 'mit', 'ist', 'nicht', 'für', 'ein', 'eine', 'mein', 'meine', 'auf',
    'zu', 'du', 'ihr', 'euch', 'heute', 'ganz', 'auch', 'wir', 'von', 'im', 'den', 'dem', 'es', 'sich',
    'noch', 'jetzt', 'hier', 'mehr', 'neue', 'neuen', 'danke', 'bei', 'wie', 'dass', 'uns', 'eure', 'liebe',
  ],
  fr: [
    'le', 'la', 'les', 'et', 'je', 'est', 'avec', 'pour', 'un', 'une', 'des', 'mon', 'ma', 'mes', 'du',
    'de', "c'est", 'vous', 'sur', 'nous', 'dans', 'pas', 'ce', 'cette', 'qui', 'que', 'au', 'aux', 'tout',
    'trop', 'merci', 'nouveau', 'nouvelle', 'votre', 'vos', 'très', 'lien', "j'ai", 'bio',
  ],
};

const LANGUAGE_OF_WORD = new Map<string, PostLanguage[]>();
for (const language of Object.keys(STOP_WORDS) as PostLanguage[]) {
  for (const word of STOP_WORDS[language]) {
    const folded = foldWording(word);
    LANGUAGE_OF_WORD.set(folded, [...(LANGUAGE_OF_WORD.get(folded) ?? []), language]);
  }
}

/** The language with most stop words, or undefined when there is no signal or a tie. */
export function detectPostLanguage(tokens: readonly Token[]): PostLanguage | undefined {
  const counts: Record<PostLanguage, number> = { en: 0, de: 0, fr: 0 };
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    for (const language of LANGUAGE_OF_WORD.get(token.text) ?? []) counts[language] += 1;
  }
  const best = Math.max(counts.en, counts.de, counts.fr);
  if (best === 0) return undefined;
  const winners = (Object.keys(counts) as PostLanguage[]).filter((language) => counts[language] === best);
  return winners.length === 1 ? winners[0] : undefined;
}
