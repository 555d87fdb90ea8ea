import { analyseComments, isEmojiOnlyComment, isGenericComment } from '../comments';
import { ScoringCommentInput } from '../types';

describe('comment quality', () => {
  it.each([
    'Nice pic!',
    'Sooo schööön 😍',
    'WOW',
    'love it!!!',
    'Mega toll',
    'Weiter so 💪',
    'Great content!',
    'Gefällt mir',
    'süß',
  ])('%s is generic', (text) => expect(isGenericComment(text)).toBe(true));

  it.each(['Wo hast du die Jacke gekauft?', 'Which lens did you use for this?', '@anna look at this', ''])(
    '%s is not generic',
    (text) => expect(isGenericComment(text)).toBe(false),
  );

  it('detects emoji-only comments', () => {
    expect(isEmojiOnlyComment('🔥🔥🔥')).toBe(true);
    expect(isEmojiOnlyComment(' 😍 ❤️ ')).toBe(true);
    expect(isEmojiOnlyComment('🔥 wow')).toBe(false);
    expect(isEmojiOnlyComment('!!!')).toBe(false);
  });

  it('needs 20 comments', () => {
    expect(analyseComments(Array.from({ length: 19 }, () => ({ text: 'hi' })))).toBeNull();
  });

  it('computes shares by hand', () => {
    const comments: ScoringCommentInput[] = [
      ...Array.from({ length: 5 }, () => ({ text: 'nice' })), // generic
      ...Array.from({ length: 5 }, () => ({ text: '😍😍' })), // emoji only
      ...Array.from({ length: 4 }, () => ({ text: 'Check out my page for free followers' })), // duplicate (4+ words)
      ...Array.from({ length: 6 }, (_, i) => ({ text: `Which trail is this, number ${i}?` })), // distinct
    ];
    const q = analyseComments(comments)!;
    expect(q.total).toBe(20);
    expect(q.genericShare).toBe(0.25);
    expect(q.emojiOnlyShare).toBe(0.25);
    expect(q.duplicateShare).toBe(0.2);
    expect(q.lowQualityShare).toBe(0.7);
    expect(q.repeatCommenterShare).toBeNull();
  });

  it('measures comments from accounts that comment on most posts', () => {
    // 5 posts; "pod" comments on all 5 (5 comments), 15 others comment once each
    const comments: ScoringCommentInput[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ postId: `p${i}`, authorId: 'pod', text: 'x' })),
      ...Array.from({ length: 15 }, (_, i) => ({ postId: `p${i % 5}`, authorId: `fan${i}`, text: 'y' })),
    ];
    expect(analyseComments(comments)!.repeatCommenterShare).toBe(0.25);
  });
});
