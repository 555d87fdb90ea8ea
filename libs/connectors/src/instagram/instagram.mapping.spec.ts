import {
  AccountNotFoundError,
  ConnectorErrorCode,
  ConnectorRequestError,
  InvalidCredentialsError,
  RateLimitedError,
  TransientConnectorError,
} from '../errors/connector-errors';
import type { JsonResponse } from '../http/http-json';
import type { IgMedia } from './instagram.api';
import { bucRegainMs, classifyInstagramError, INSTAGRAM_RATE_LIMIT_FALLBACK_MS } from './instagram.errors';
import { mediaKind, parseGraphTimestamp, toPost, toProfile } from './instagram.mapping';

const now = new Date('2026-03-01T12:00:00.000Z');

describe('Instagram mapping', () => {
  it.each([
    [{ media_product_type: 'REELS', media_type: 'VIDEO' }, 'reel'],
    [{ media_product_type: 'FEED', media_type: 'IMAGE' }, 'post'],
    [{ media_product_type: 'FEED', media_type: 'CAROUSEL_ALBUM' }, 'post'],
    [{ media_product_type: 'STORY', media_type: 'IMAGE' }, 'story'],
    [{ media_product_type: 'AD', media_type: 'IMAGE' }, 'post'],
    [{ media_type: 'VIDEO' }, 'reel'],
    [{ media_type: 'IMAGE' }, 'post'],
  ])('media %j is a %s', (fields, kind) => {
    expect(mediaKind({ id: '1', ...fields })).toBe(kind);
  });

  it('parses Graph timestamps with +0000 offsets', () => {
    expect(parseGraphTimestamp('2026-02-20T17:05:09+0000')?.toISOString()).toBe('2026-02-20T17:05:09.000Z');
    expect(parseGraphTimestamp('2026-02-20T19:05:09+0200')?.toISOString()).toBe('2026-02-20T17:05:09.000Z');
    expect(parseGraphTimestamp('gestern')).toBeNull();
  });

  it('maps media, keeping hidden likes as null', () => {
    const media: IgMedia = {
      id: '17912345678901234',
      caption: 'Werbung | Mein Frühstück mit @HaferHaus 🥣 #frühstück #Meal_Prep',
      comments_count: 31,
      media_type: 'CAROUSEL_ALBUM',
      media_product_type: 'FEED',
      permalink: 'https://www.instagram.com/p/C3abcDEF/',
      timestamp: '2026-02-20T07:30:00+0000',
    };
    expect(toPost(media)).toEqual({
      externalId: '17912345678901234',
      kind: 'post',
      publishedAt: new Date('2026-02-20T07:30:00Z'),
      caption: 'Werbung | Mein Frühstück mit @HaferHaus 🥣 #frühstück #Meal_Prep',
      hashtags: ['frühstück', 'Meal_Prep'],
      mentions: ['haferhaus'],
      likes: null,
      comments: 31,
      shares: null,
      saves: null,
      views: null,
      isPaidPartnership: null,
      url: 'https://www.instagram.com/p/C3abcDEF/',
    });
    expect(toPost({ ...media, like_count: 1204 })?.likes).toBe(1204);
    expect(toPost({ ...media, timestamp: undefined })).toBeNull();
  });

  it('maps the business_discovery profile', () => {
    expect(
      toProfile(
        {
          id: '17841401441775531',
          username: 'Lena.Kocht',
          name: 'Lena',
          biography: 'Rezepte',
          followers_count: 26414,
          follows_count: 311,
          media_count: 641,
        },
        'lena.kocht',
        now,
      ),
    ).toEqual({
      externalId: '17841401441775531',
      handle: 'lena.kocht',
      displayName: 'Lena',
      url: 'https://www.instagram.com/lena.kocht/',
      followers: 26414,
      following: 311,
      postCount: 641,
      verified: null,
      bio: 'Rezepte',
      fetchedAt: now,
    });
  });
});

function graphError(
  status: number,
  error: Record<string, unknown>,
  headers: Record<string, string> = {},
): JsonResponse {
  return {
    status,
    headers: new Headers(headers),
    body: { error: { type: 'OAuthException', fbtrace_id: 'AbC', ...error } },
  };
}

describe('classifyInstagramError', () => {
  it.each([4, 17, 32, 613, 80002])('code %d is a rate limit', (code) => {
    const error = classifyInstagramError(
      graphError(400, { code, message: 'Application request limit reached' }),
      'x',
      now,
    );
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.upstreamReason).toBe(String(code));
    expect(error.retryAt?.getTime()).toBe(now.getTime() + INSTAGRAM_RATE_LIMIT_FALLBACK_MS);
  });

  it('takes the retry time from Retry-After, else from the Business Use Case header', () => {
    const retryAfter = classifyInstagramError(
      graphError(403, { code: 4 }, { 'retry-after': '90' }),
      'x',
      now,
    );
    expect(retryAfter.retryAt?.getTime()).toBe(now.getTime() + 90_000);
    const usage = JSON.stringify({
      '17841405309211844': [
        {
          type: 'instagram',
          call_count: 100,
          total_cputime: 12,
          total_time: 30,
          estimated_time_to_regain_access: 19,
        },
      ],
    });
    const buc = classifyInstagramError(
      graphError(400, { code: 80002 }, { 'x-business-use-case-usage': usage }),
      'x',
      now,
    );
    expect(buc.retryAt?.getTime()).toBe(now.getTime() + 19 * 60_000);
  });

  it('reads estimated_time_to_regain_access defensively', () => {
    expect(bucRegainMs(null)).toBeNull();
    expect(bucRegainMs('{oops')).toBeNull();
    expect(bucRegainMs(JSON.stringify({ a: [{ estimated_time_to_regain_access: 0 }] }))).toBeNull();
    expect(
      bucRegainMs(
        JSON.stringify({
          a: [{ estimated_time_to_regain_access: 3 }],
          b: [{ estimated_time_to_regain_access: 7 }],
        }),
      ),
    ).toBe(420_000);
  });

  it('maps token and permission errors to InvalidCredentialsError', () => {
    for (const code of [190, 102, 10, 200]) {
      const error = classifyInstagramError(
        graphError(400, { code, message: 'Error validating access token' }),
        'x',
        now,
      );
      expect(error).toBeInstanceOf(InvalidCredentialsError);
      expect(error.accountStatus).toBeNull();
    }
    expect(
      classifyInstagramError(graphError(400, { code: 100, error_subcode: 33 }), 'x', now),
    ).toBeInstanceOf(InvalidCredentialsError);
  });

  it('maps "Cannot find User" (110/2207013) to AccountNotFoundError and explains the ambiguity', () => {
    const error = classifyInstagramError(
      graphError(400, {
        code: 110,
        error_subcode: 2207013,
        message: 'Invalid user id',
        error_user_title: 'Cannot find User',
        error_user_msg: 'The user with username: lena.kocht cannot be found.',
        is_transient: false,
      }),
      'lena.kocht',
      now,
    );
    expect(error).toBeInstanceOf(AccountNotFoundError);
    expect(error.upstreamReason).toBe('110/2207013');
    expect(error.message).toMatch(/personal\/private/);
    expect(
      classifyInstagramError(graphError(400, { code: 24, error_subcode: 2207013 }), 'x', now),
    ).toBeInstanceOf(AccountNotFoundError);
  });

  it('maps 5xx, codes 1/2 and is_transient to a transient error; the rest to ConnectorRequestError', () => {
    for (const response of [
      graphError(500, { code: 1, message: 'An unknown error occurred' }),
      graphError(400, { code: 2, message: 'Service temporarily unavailable' }),
      graphError(400, { code: -1, is_transient: true }),
      { status: 502, headers: new Headers(), body: undefined },
    ]) {
      const error = classifyInstagramError(response, 'x', now);
      expect(error).toBeInstanceOf(TransientConnectorError);
      expect(error.code).toBe(ConnectorErrorCode.UpstreamUnavailable);
    }
    expect(
      classifyInstagramError(graphError(400, { code: 100, message: 'Invalid parameter' }), 'x', now),
    ).toBeInstanceOf(ConnectorRequestError);
  });
});
