import {
  GENERIC_COMMENT_PHRASES_DE,
  GENERIC_COMMENT_PHRASES_EN,
  GENERIC_COMMENT_WORDS,
} from './comment-phrases';
import { foldText, hasLetterOrDigit, squeeze } from './text/normalize';
import { ScoringCommentInput } from './types';

/**
 * Comment quality: how much of the conversation under recent posts is generic praise, emoji only, copy-pasted
 * text, or from the same few accounts on every post (the signature of engagement pods, Weerasinghe et al.
 * 2020, and of comment services).
 */

export const COMMENT_RULES = {
  minComments: 20,
  /** Copy-paste only counts for comments of ≥ 4 words: short praise repeats naturally. */
  duplicateMinWords: 4,
  /** A commenter on ≥ 60% of posts (with ≥ 4 posts) behaves like a pod member. */
  repeatPostShare: 0.6,
  repeatMinPosts: 4,
} as const;

/** Squeeze before folding too, so "schööön" → "schön" → "schoen" rather than "schoeoeoen". */
const toKey = (text: string): string =>
  squeeze(
    foldText(squeeze(text.toLowerCase()))
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
const GENERIC_PHRASES: ReadonlySet<string> = new Set(
  [...GENERIC_COMMENT_PHRASES_EN, ...GENERIC_COMMENT_PHRASES_DE].map(toKey),
);
const GENERIC_WORDS: ReadonlySet<string> = new Set(GENERIC_COMMENT_WORDS.map(squeeze));

export interface CommentQuality {
  total: number;
  genericShare: number;
  emojiOnlyShare: number;
  duplicateShare: number;
  /** Comments that are generic, emoji-only or duplicates (each counted once). */
  lowQualityShare: number;
  /** Share of comments written by accounts that comment on most posts; `null` without author/post ids. */
  repeatCommenterShare: number | null;
}

export function isEmojiOnlyComment(text: string): boolean {
  return text.trim().length > 0 && !hasLetterOrDigit(text) && /\p{Extended_Pictographic}/u.test(text);
}

export function isGenericComment(text: string): boolean {
  const key = toKey(text);
  if (key.length === 0) return false;
  if (GENERIC_PHRASES.has(key)) return true;
  const words = key.split(' ');
  return words.length <= 3 && words.every((w) => GENERIC_WORDS.has(w));
}

function duplicateKey(text: string): string | null {
  const key = toKey(text);
  return key.split(' ').length >= COMMENT_RULES.duplicateMinWords ? key : null;
}

function repeatCommenterShare(comments: readonly ScoringCommentInput[]): number | null {
  const postsByAuthor = new Map<string, Set<string>>();
  const allPosts = new Set<string>();
  let attributed = 0;
  for (const c of comments) {
    if (!c.authorId || !c.postId) continue;
    attributed++;
    allPosts.add(c.postId);
    let set = postsByAuthor.get(c.authorId);
    if (!set) postsByAuthor.set(c.authorId, (set = new Set()));
    set.add(c.postId);
  }
  if (allPosts.size < COMMENT_RULES.repeatMinPosts || attributed === 0) return null;
  const needed = COMMENT_RULES.repeatPostShare * allPosts.size;
  let fromRepeaters = 0;
  for (const c of comments) {
    if (c.authorId && c.postId && postsByAuthor.get(c.authorId)!.size >= needed) fromRepeaters++;
  }
  return fromRepeaters / attributed;
}

/** `null` with fewer than `minComments` comments. */
export function analyseComments(comments: readonly ScoringCommentInput[]): CommentQuality | null {
  const total = comments.length;
  if (total < COMMENT_RULES.minComments) return null;
  const counts = new Map<string, number>();
  const keys: (string | null)[] = comments.map((c) => duplicateKey(c.text));
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  let generic = 0;
  let emojiOnly = 0;
  let duplicate = 0;
  let low = 0;
  comments.forEach((c, i) => {
    const isEmoji = isEmojiOnlyComment(c.text);
    const isGeneric = !isEmoji && isGenericComment(c.text);
    const key = keys[i];
    const isDuplicate = key !== null && (counts.get(key) ?? 0) >= 2;
    if (isEmoji) emojiOnly++;
    if (isGeneric) generic++;
    if (isDuplicate) duplicate++;
    if (isEmoji || isGeneric || isDuplicate) low++;
  });
  return {
    total,
    genericShare: generic / total,
    emojiOnlyShare: emojiOnly / total,
    duplicateShare: duplicate / total,
    lowQualityShare: low / total,
    repeatCommenterShare: repeatCommenterShare(comments),
  };
}
