import type { CommentSample, PostMetrics } from '../connector.types';
import type { Persona } from './persona';
import { mix, stream, unit } from './seed';

const HOUR_MS = 3_600_000;

/**
 * What real followers write: reactions, questions, disagreement. Built as opener × body × closer (768
 * combinations per language) and drawn without repetition within a sample, because real followers rarely
 * paste the same sentence and the comment scorer counts repeated ≥ 4-word comments as copy-paste.
 */
const ORGANIC: Record<'de' | 'en', { openers: readonly string[]; bodies: readonly string[] }> = {
  de: {
    openers: ['', 'Wow,', 'Ehrlich,', 'Okay,', 'Haha,', 'Oh schön,', 'Ach,', 'Boah,'],
    bodies: [
      'danke für den Tipp, probiere ich am Wochenende aus',
      'hab das gestern nachgemacht und es hat super geklappt',
      'kannst du dazu bitte noch einen zweiten Teil machen',
      'endlich spricht das mal jemand so deutlich aus',
      'wie lange hast du dafür insgesamt gebraucht',
      'das Licht auf dem Bild ist wirklich wunderschön',
      'ich sehe das etwas anders, aber guter Punkt mit den Kosten',
      'wir waren letzten Sommer auch dort, traumhaft',
      'schicke ich direkt meiner Schwester weiter',
      'wusste ich gar nicht, danke fürs Erklären',
      'was würdest du beim nächsten Mal anders machen',
      'das hat mir gerade den Morgen gerettet',
      'wie schaffst du das alles neben dem Job',
      'folge dir seit einem Jahr und das ist mein Lieblingsbeitrag',
      'beim zweiten Punkt stimme ich dir total zu',
      'wo finde ich mehr dazu',
    ],
  },
  en: {
    openers: ['', 'Wow,', 'Honestly,', 'Okay,', 'Haha,', 'Oh nice,', 'Ahh,', 'Omg,'],
    bodies: [
      'this is so helpful, saving it for the weekend',
      'tried this yesterday and it worked really well',
      'could you do a part two on this',
      'finally someone says it this clearly',
      'how long did the whole thing take you',
      'the light in this shot is gorgeous',
      'I see it a bit differently but fair point about the costs',
      'we went there last summer too and loved it',
      'sending this to my sister right now',
      "didn't know that, thanks for explaining",
      'what would you do differently next time',
      'this made my morning',
      'how do you find the time for all of this',
      'been following for a year and this is my favourite',
      'totally agree with the second point',
      'where can I find more about this',
    ],
  },
};
const CLOSERS = ['', ' 🙏', ' 😊', ' 👏', ' ❤️', '!!'];
/** Short praise real followers also leave (generic, but under four words, so never "copy-paste"). */
const SHORT: Record<'de' | 'en', readonly string[]> = {
  de: ['Mega 😍', 'Toll!', '🔥🔥', 'Wie schön!', 'Stark 👏'],
  en: ['Amazing 😍', 'Love it!', '🔥🔥', 'So good!', 'Beautiful 👏'],
};

/** The j-th distinct organic comment of a sample: a bijection (step coprime to the size) over all combinations. */
function organicComment(language: 'de' | 'en', j: number, offset: number): string {
  const { openers, bodies } = ORGANIC[language];
  const size = openers.length * bodies.length * CLOSERS.length;
  // 385 = 5·7·11 shares no factor with 768 = 2⁸·3, so j ↦ n is a bijection: no repeats within a sample.
  const n = (j * 385 + offset) % size;
  const opener = openers[n % openers.length];
  const body = bodies[Math.floor(n / openers.length) % bodies.length];
  const closer = CLOSERS[Math.floor(n / (openers.length * bodies.length))];
  const text = opener ? `${opener} ${body}` : body.charAt(0).toUpperCase() + body.slice(1);
  return text + closer;
}

/** Pod members paste the same praise under every post (≥ 4 words, so it counts as copy-paste). */
const POD: Record<'de' | 'en', readonly string[]> = {
  de: [
    'Mega schöner Beitrag, weiter so! 🔥',
    'Wow, richtig toller Post 😍',
    'Super Inhalt, mach bitte weiter so!',
  ],
  en: ['Great content, keep it up! 🔥', 'Love this so much, amazing post!', 'Wow this is so inspiring 😍'],
};

/** Bots: emoji, generic praise, follow-for-follow. */
const BOT: readonly string[] = [
  '🔥',
  '😍😍',
  '👏👏👏',
  '❤️',
  'Nice pic',
  'Nice',
  'Follow back?',
  'Check my profile 💯',
];

const POD_MEMBERS = 12;

/** Opaque, stable commenter ids (never handles): enough for repeat-commenter detection. */
const author = (seed: number, n: number) => `sim-u${mix(seed, n).toString(36)}`;

/**
 * A sample of comments under the given posts (at most ~10 per post, never more than the post's count),
 * dated after the post and before `now`.
 */
export function simulatedComments(
  persona: Persona,
  posts: readonly PostMetrics[],
  now: number,
): CommentSample[] {
  const seed = stream(persona.seed, 'comments');
  const podSeed = mix(seed, 0x90d);
  const offset = mix(seed, 0x0ff);
  let organic = 0;
  const out: CommentSample[] = [];
  posts.forEach((post, p) => {
    const cap = persona.scenario === 'pod' ? 10 : persona.scenario === 'dead' ? 3 : 8;
    const n = Math.min(cap, post.comments ?? 0);
    const published = post.publishedAt.getTime();
    for (let i = 0; i < n; i++) {
      const draw = (salt: number) => unit(seed, p * 1000 + i * 10 + salt);
      let text: string;
      let authorId: string;
      if (persona.scenario === 'pod' && draw(1) < 0.75) {
        const member = (p * 5 + i) % POD_MEMBERS;
        const phrases = POD[persona.language];
        text = phrases[member % phrases.length];
        authorId = author(podSeed, member);
      } else if (persona.scenario === 'dead' || draw(1) < 0.03) {
        text = BOT[Math.floor(draw(2) * BOT.length)];
        authorId = author(seed, 0x50000 + Math.floor(draw(3) * 1e6));
      } else if (draw(2) < 0.12) {
        const lines = SHORT[persona.language];
        text = lines[Math.floor(draw(5) * lines.length)];
        authorId = author(seed, Math.floor(draw(3) * 1e9));
      } else {
        text = organicComment(persona.language, organic++, offset);
        authorId = author(seed, Math.floor(draw(3) * 1e9));
      }
      // Most comments arrive within the first day.
      const at = Math.min(now, published + HOUR_MS * (0.1 + 30 * draw(4) ** 2));
      out.push({ postExternalId: post.externalId, authorId, text, publishedAt: new Date(Math.floor(at)) });
    }
  });
  return out;
}
