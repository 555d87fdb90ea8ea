import { SEGMENTATION_WORDS, TOPIC_LEXICON, TopicId } from './lexicon';
import { normalizeHashtag } from './text/normalize';
import { segmentWord } from './text/segment';
import { stemGerman, termKeys } from './text/stem';

/**
 * Lookup structures built once from the lexicon: stem key → topics, whole hashtag → topics, emoji → topics,
 * and the word list hashtag segmentation uses.
 */

/** Emoji are matched per pictograph: the tokenizer drops variation selectors (🏋️ → 🏋). */
function emojiChars(emoji: string): string[] {
  return emoji.match(/\p{Extended_Pictographic}/gu) ?? [];
}

const keyTopics = new Map<string, TopicId[]>();
const hashtagTopics = new Map<string, TopicId[]>();
const emojiTopics = new Map<string, TopicId[]>();
const segmentationWords = new Set<string>();
const segmentationStems = new Set<string>();

function add(map: Map<string, TopicId[]>, key: string, topic: TopicId): void {
  const list = map.get(key);
  if (!list) map.set(key, [topic]);
  else if (!list.includes(topic)) list.push(topic);
}

for (const entry of TOPIC_LEXICON) {
  for (const word of entry.words) {
    for (const key of termKeys(word)) add(keyTopics, key, entry.id);
    segmentationWords.add(word);
    segmentationStems.add(stemGerman(word));
  }
  for (const tag of entry.hashtags) add(hashtagTopics, normalizeHashtag(tag), entry.id);
  for (const e of entry.emoji) for (const c of emojiChars(e)) add(emojiTopics, c, entry.id);
}
for (const word of SEGMENTATION_WORDS) {
  segmentationWords.add(word);
  segmentationStems.add(stemGerman(word));
}

/**
 * A piece is known when it is a lexicon/segmentation word, or an inflected form of one (hunde, arbeits) with a
 * stem of at least 4 letters: shorter stems (fitness → fit) would let almost anything split.
 */
export function isKnownWord(piece: string): boolean {
  if (segmentationWords.has(piece)) return true;
  const stem = stemGerman(piece);
  return stem.length >= 4 && segmentationStems.has(stem);
}

// Segmentation is the expensive step of building a profile; words repeat a lot across profiles, so memoise.
const SEGMENT_CACHE_LIMIT = 50_000;
const segmentCache = new Map<string, string[] | null>();

export function segmentCompound(word: string): string[] | null {
  const hit = segmentCache.get(word);
  if (hit !== undefined) return hit;
  let pieces = segmentWord(word, isKnownWord);
  // A known word is split only into known words: `waermepumpe` must not become `waermepump` + `e`.
  if (pieces && isKnownWord(word) && !pieces.every(isKnownWord)) pieces = null;
  if (segmentCache.size >= SEGMENT_CACHE_LIMIT) segmentCache.clear();
  segmentCache.set(word, pieces);
  return pieces;
}

/** A document token: its surface form and every key it can match (own stems, pieces, adjacent pairs). */
export interface Token {
  surface: string;
  keys: string[];
}

/** Words shorter than this are not split (the shortest useful compound is two 3-letter words). */
const MIN_COMPOUND_LENGTH = 6;

function addKey(keys: string[], key: string): void {
  if (!keys.includes(key)) keys.push(key);
}

/**
 * Adds the keys of the known pieces of `word`, one level deeper for pieces that are compounds themselves
 * (`klimaschutzjetzt` → klimaschutz → klima, schutz), and of adjacent pairs, so a brief's "klimaschutz" also
 * matches `#klimaschutzjetzt`.
 */
function addCompoundKeys(word: string, keys: string[], depth: number): void {
  if (word.length < MIN_COMPOUND_LENGTH) return;
  const pieces = segmentCompound(word);
  if (!pieces) return;
  for (let i = 0; i < pieces.length; i++) {
    if (!isKnownWord(pieces[i])) continue;
    for (const k of termKeys(pieces[i])) addKey(keys, k);
    if (depth < 1) addCompoundKeys(pieces[i], keys, depth + 1);
    if (i + 1 < pieces.length && isKnownWord(pieces[i + 1])) {
      for (const k of termKeys(pieces[i] + pieces[i + 1])) addKey(keys, k);
    }
  }
}

export function makeToken(word: string, isHashtag: boolean): Token {
  const keys = termKeys(word);
  if (isHashtag) keys.push(`#${word}`);
  addCompoundKeys(word, keys, 0);
  return { surface: isHashtag ? `#${word}` : word, keys };
}

export function makeEmojiToken(emoji: string): Token {
  return { surface: emoji, keys: [emoji] };
}

/** Topics a token points to (deduplicated). */
export function tokenTopics(token: Token, out: Set<TopicId>): void {
  for (const key of token.keys) {
    const byKey = key.startsWith('#')
      ? hashtagTopics.get(key.slice(1))
      : (keyTopics.get(key) ?? emojiTopics.get(key));
    if (byKey) for (const t of byKey) out.add(t);
  }
}

/** Every key of a topic (words, whole hashtags, emoji), used to expand a brief topic into one concept. */
export function topicKeys(topic: TopicId): Set<string> {
  const entry = TOPIC_LEXICON.find((e) => e.id === topic);
  const keys = new Set<string>();
  if (!entry) return keys;
  for (const word of entry.words) for (const k of termKeys(word)) keys.add(k);
  for (const tag of entry.hashtags) keys.add(`#${normalizeHashtag(tag)}`);
  for (const e of entry.emoji) for (const c of emojiChars(e)) keys.add(c);
  return keys;
}

/** Topics a brief keyword belongs to (after folding/stemming), e.g. "Gewerkschaften" → arbeit_gewerkschaft. */
export function keywordTopics(keys: readonly string[]): TopicId[] {
  const out = new Set<TopicId>();
  tokenTopics({ surface: '', keys: [...keys] }, out);
  return [...out];
}
