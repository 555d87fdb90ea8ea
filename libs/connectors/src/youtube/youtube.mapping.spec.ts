import type { YtChannel, YtVideo } from './youtube.api';
import { parseIsoDuration, toPost, toProfile, videoKind } from './youtube.mapping';

const video = (overrides: Partial<YtVideo> = {}): YtVideo => ({
  id: 'dQw4w9WgXcQ',
  snippet: {
    publishedAt: '2026-02-20T17:00:00Z',
    title: 'Linsen-Curry in 20 Minuten #Rezept',
    description: 'Alle Zutaten unten. Kamera: @studio.nord\n\n#vegan #schnellkochen #Rezept',
    liveBroadcastContent: 'none',
  },
  statistics: { viewCount: '15320', likeCount: '812', commentCount: '47' },
  contentDetails: { duration: 'PT8M12S' },
  ...overrides,
});

describe('parseIsoDuration', () => {
  it.each([
    ['PT59S', 59],
    ['PT1M', 60],
    ['PT1H2M3S', 3723],
    ['P1DT2H', 93600],
    ['P0D', 0],
    ['PT0.5S', 0.5],
  ])('%s = %d s', (value, seconds) => {
    expect(parseIsoDuration(value)).toBe(seconds);
  });

  it.each([undefined, '', 'P', 'PT', '8:12', 'PT1X'])('rejects %p', (value) => {
    expect(parseIsoDuration(value)).toBeNull();
  });
});

describe('videoKind', () => {
  it('calls uploads up to 60 s shorts', () => {
    expect(videoKind(video({ contentDetails: { duration: 'PT45S' } }), [])).toBe('short');
    expect(videoKind(video({ contentDetails: { duration: 'PT60S' } }), [])).toBe('short');
  });

  it('calls 61–180 s uploads shorts only when tagged #shorts', () => {
    const twoMinutes = video({ contentDetails: { duration: 'PT2M' } });
    expect(videoKind(twoMinutes, ['Shorts'])).toBe('short');
    expect(videoKind(twoMinutes, ['vegan'])).toBe('video');
    expect(videoKind(video({ contentDetails: { duration: 'PT3M1S' } }), ['shorts'])).toBe('video');
  });

  it('recognises live and past broadcasts', () => {
    expect(videoKind(video({ liveStreamingDetails: { actualStartTime: '2026-02-20T17:00:00Z' } }), [])).toBe(
      'livestream',
    );
    expect(
      videoKind(
        video({ snippet: { liveBroadcastContent: 'live' }, contentDetails: { duration: 'P0D' } }),
        [],
      ),
    ).toBe('livestream');
  });
});

describe('toPost', () => {
  it('maps a video with counts, caption, hashtags and mentions', () => {
    expect(toPost(video())).toEqual({
      externalId: 'dQw4w9WgXcQ',
      kind: 'video',
      publishedAt: new Date('2026-02-20T17:00:00Z'),
      caption:
        'Linsen-Curry in 20 Minuten #Rezept\n\nAlle Zutaten unten. Kamera: @studio.nord\n\n#vegan #schnellkochen #Rezept',
      hashtags: ['Rezept', 'vegan', 'schnellkochen'],
      mentions: ['studio.nord'],
      likes: 812,
      comments: 47,
      shares: null,
      saves: null,
      views: 15320,
      isPaidPartnership: null,
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    });
  });

  it('reports hidden likes and disabled comments as null, never 0', () => {
    const post = toPost(video({ statistics: { viewCount: '100' } }));
    expect(post?.likes).toBeNull();
    expect(post?.comments).toBeNull();
    expect(post?.views).toBe(100);
  });

  it('links shorts to /shorts/', () => {
    expect(toPost(video({ contentDetails: { duration: 'PT30S' } }))?.url).toBe(
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    );
  });

  it('skips upcoming broadcasts and undated items', () => {
    expect(
      toPost(video({ snippet: { liveBroadcastContent: 'upcoming', publishedAt: '2026-02-20T17:00:00Z' } })),
    ).toBeNull();
    expect(toPost(video({ snippet: { title: 'x' } }))).toBeNull();
  });
});

describe('toProfile', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const channel: YtChannel = {
    id: 'UCabcdefghijklmnopqrstuv',
    snippet: { title: 'Lena kocht', description: 'Schnelle Rezepte aus Köln 🍳', customUrl: '@LenaKocht' },
    statistics: {
      subscriberCount: '48300',
      hiddenSubscriberCount: false,
      videoCount: '412',
      viewCount: '9000000',
    },
    contentDetails: { relatedPlaylists: { uploads: 'UUabcdefghijklmnopqrstuv' } },
  };

  it('maps a channel', () => {
    expect(toProfile(channel, undefined, now)).toEqual({
      externalId: 'UCabcdefghijklmnopqrstuv',
      handle: 'lenakocht',
      displayName: 'Lena kocht',
      url: 'https://www.youtube.com/@LenaKocht',
      followers: 48300,
      following: null,
      postCount: 412,
      verified: null,
      bio: 'Schnelle Rezepte aus Köln 🍳',
      fetchedAt: now,
    });
  });

  it('reports a hidden subscriber count as null', () => {
    const hidden = { ...channel, statistics: { hiddenSubscriberCount: true, videoCount: '3' } };
    expect(toProfile(hidden, undefined, now).followers).toBeNull();
  });

  it('falls back to the requested handle and the channel URL without a handle', () => {
    const legacy = { ...channel, snippet: { title: 'Old', customUrl: 'oldcustomname' } };
    const profile = toProfile(legacy, '@Lena', now);
    expect(profile.handle).toBe('lena');
    expect(profile.url).toBe('https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv');
    expect(profile.bio).toBeNull();
  });
});
