import {
  AccountNotFoundError,
  ConnectorDisabledError,
  ConnectorErrorCode,
  ConnectorRequestError,
  InvalidCredentialsError,
  QuotaExhaustedError,
  RateLimitedError,
  TransientConnectorError,
} from '../errors/connector-errors';
import { type FakeHandler, type LocalApiServer, startLocalApiServer } from '../testing/local-api-server';
import { YouTubeConnector } from './youtube.connector';

const NOW = new Date('2026-01-15T20:00:00.000Z');
const KEY = 'test-key-123';
const CHANNEL_ID = 'UCabcdefghijklmnopqrstuv';

const channelList = {
  kind: 'youtube#channelListResponse',
  pageInfo: { totalResults: 1, resultsPerPage: 5 },
  items: [
    {
      kind: 'youtube#channel',
      id: CHANNEL_ID,
      snippet: { title: 'Lena kocht', description: 'Schnelle Rezepte aus Köln', customUrl: '@lenakocht' },
      statistics: {
        viewCount: '9000000',
        subscriberCount: '48300',
        hiddenSubscriberCount: false,
        videoCount: '412',
      },
      contentDetails: { relatedPlaylists: { likes: '', uploads: 'UUabcdefghijklmnopqrstuv' } },
    },
  ],
};

const playlistItems = {
  kind: 'youtube#playlistItemListResponse',
  items: ['vid00000001', 'vid00000002', 'vid00000003'].map((videoId, i) => ({
    kind: 'youtube#playlistItem',
    contentDetails: { videoId, videoPublishedAt: `2026-01-1${4 - i}T10:00:00Z` },
  })),
  pageInfo: { totalResults: 412, resultsPerPage: 3 },
};

const videoList = {
  kind: 'youtube#videoListResponse',
  items: [
    {
      id: 'vid00000002',
      snippet: {
        publishedAt: '2026-01-13T10:00:00Z',
        title: 'Ofengemüse #shorts',
        description: '',
        liveBroadcastContent: 'none',
      },
      statistics: { viewCount: '20000', commentCount: '12' },
      contentDetails: { duration: 'PT42S' },
    },
    {
      id: 'vid00000001',
      snippet: {
        publishedAt: '2026-01-14T10:00:00Z',
        title: 'Linsen-Curry in 20 Minuten',
        description: 'Mit @gewuerzhaus #vegan #MealPrep',
        liveBroadcastContent: 'none',
      },
      statistics: { viewCount: '15320', likeCount: '812', commentCount: '47' },
      contentDetails: { duration: 'PT8M12S' },
    },
    {
      id: 'vid00000003',
      snippet: {
        publishedAt: '2026-01-12T18:00:00Z',
        title: 'Live: Fragen & Antworten',
        liveBroadcastContent: 'none',
      },
      statistics: { viewCount: '3100', likeCount: '140', commentCount: '220' },
      contentDetails: { duration: 'PT1H2M' },
      liveStreamingDetails: {
        actualStartTime: '2026-01-12T18:00:00Z',
        actualEndTime: '2026-01-12T19:02:00Z',
      },
    },
  ],
};

const googleError = (code: number, reason: string, message: string) => ({
  error: { code, message, errors: [{ message, domain: 'youtube.quota', reason }] },
});

/** Answers like the Data API for the happy path; `override` replaces one endpoint. */
function api(
  override: Partial<Record<'channels' | 'playlistItems' | 'videos', FakeHandler>> = {},
): FakeHandler {
  return (request) => {
    const endpoint = request.path.replace(/^\//, '') as 'channels' | 'playlistItems' | 'videos';
    if (override[endpoint]) return override[endpoint](request);
    if (endpoint === 'channels') return { body: channelList };
    if (endpoint === 'playlistItems') return { body: playlistItems };
    if (endpoint === 'videos') return { body: videoList };
    return { status: 404, body: googleError(404, 'notFound', 'Not Found') };
  };
}

describe('YouTubeConnector against a local HTTP server', () => {
  let server: LocalApiServer;
  let connector: YouTubeConnector;

  beforeAll(async () => {
    server = await startLocalApiServer('/youtube/v3');
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.handle(api());
    connector = new YouTubeConnector({
      apiKey: KEY,
      baseUrl: server.baseUrl,
      timeoutMs: 300,
      clock: () => NOW,
    });
  });

  it('fetches profile and recent posts with three documented calls', async () => {
    const account = await connector.fetchAccount({ handle: '@LenaKocht' }, { limit: 3 });

    expect(server.requests.map((r) => r.path)).toEqual(['/channels', '/playlistItems', '/videos']);
    const [channels, items, videos] = server.requests.map((r) => Object.fromEntries(r.query));
    expect(channels).toEqual({
      part: 'snippet,statistics,contentDetails',
      forHandle: '@lenakocht',
      key: KEY,
    });
    expect(items).toEqual({
      part: 'contentDetails',
      playlistId: 'UUabcdefghijklmnopqrstuv',
      maxResults: '3',
      key: KEY,
    });
    expect(videos).toMatchObject({
      part: 'snippet,statistics,contentDetails,liveStreamingDetails',
      id: 'vid00000001,vid00000002,vid00000003',
    });

    expect(account.profile).toMatchObject({
      externalId: CHANNEL_ID,
      handle: 'lenakocht',
      followers: 48300,
      postCount: 412,
    });
    expect(account.fetchedAt).toEqual(NOW);
    expect(account.posts.map((p) => [p.externalId, p.kind, p.likes, p.comments, p.views])).toEqual([
      ['vid00000001', 'video', 812, 47, 15320],
      ['vid00000002', 'short', null, 12, 20000],
      ['vid00000003', 'livestream', 140, 220, 3100],
    ]);
    expect(account.posts[0]).toMatchObject({ hashtags: ['vegan', 'MealPrep'], mentions: ['gewuerzhaus'] });
    expect(account.audience).toBeNull();
    expect(account.followerSample).toBeNull();
  });

  it('looks channels up by id when the external id is known', async () => {
    await connector.fetchProfile({ handle: 'lenakocht', externalId: CHANNEL_ID });
    expect(Object.fromEntries(server.requests[0].query)).toMatchObject({ id: CHANNEL_ID });
    expect(server.requests[0].query.has('forHandle')).toBe(false);
  });

  it('caps the post limit at one page of 50', async () => {
    await connector.fetchRecentPosts({ externalId: CHANNEL_ID }, { limit: 500 });
    expect(server.requests[1].query.get('maxResults')).toBe('50');
  });

  it('reports an empty channel list as AccountNotFoundError', async () => {
    server.handle(
      api({
        channels: () => ({ body: { kind: 'youtube#channelListResponse', pageInfo: { totalResults: 0 } } }),
      }),
    );
    const error = await connector.fetchProfile({ handle: 'gibtsnicht' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountNotFoundError);
    expect((error as AccountNotFoundError).accountStatus).toBe('deleted');
  });

  it('returns no posts for a channel whose uploads playlist does not exist', async () => {
    server.handle(
      api({
        playlistItems: () => ({ status: 404, body: googleError(404, 'playlistNotFound', 'not found') }),
      }),
    );
    await expect(connector.fetchRecentPosts({ handle: 'lenakocht' })).resolves.toEqual([]);
  });

  it('maps quotaExceeded to QuotaExhaustedError retrying at midnight Pacific', async () => {
    server.handle(api({ videos: () => ({ status: 403, body: googleError(403, 'quotaExceeded', 'quota') }) }));
    const error = await connector.fetchAccount({ handle: 'lenakocht' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExhaustedError);
    expect((error as QuotaExhaustedError).retryAt.toISOString()).toBe('2026-01-16T08:00:00.000Z');
    expect((error as QuotaExhaustedError).httpStatus).toBe(403);
  });

  it('maps rateLimitExceeded with Retry-After (HTTP date) to RateLimitedError', async () => {
    server.handle(
      api({
        channels: () => ({
          status: 403,
          headers: { 'retry-after': 'Thu, 15 Jan 2026 20:10:00 GMT' },
          body: googleError(403, 'rateLimitExceeded', 'rate'),
        }),
      }),
    );
    const error = await connector.fetchProfile({ handle: 'lenakocht' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAt.toISOString()).toBe('2026-01-15T20:10:00.000Z');
  });

  it('maps an invalid key to InvalidCredentialsError without leaking the key', async () => {
    server.handle(
      api({
        channels: () => ({
          status: 400,
          body: {
            error: {
              code: 400,
              message: 'API key not valid. Please pass a valid API key.',
              errors: [
                {
                  message: 'API key not valid. Please pass a valid API key.',
                  domain: 'global',
                  reason: 'badRequest',
                },
              ],
              status: 'INVALID_ARGUMENT',
            },
          },
        }),
      }),
    );
    const error = await connector.fetchProfile({ handle: 'lenakocht' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidCredentialsError);
    expect((error as Error).message).not.toContain(KEY);
  });

  it('maps a 500 to a transient upstream error', async () => {
    server.handle(api({ channels: () => ({ status: 500, raw: '<html>Internal Server Error</html>' }) }));
    const error = await connector.fetchProfile({ handle: 'lenakocht' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientConnectorError);
    expect((error as TransientConnectorError).code).toBe(ConnectorErrorCode.UpstreamUnavailable);
    expect((error as TransientConnectorError).httpStatus).toBe(500);
  });

  it('times out slow answers with a transient timeout error', async () => {
    server.handle(api({ channels: () => ({ body: channelList, delayMs: 2000 }) }));
    const started = Date.now();
    const error = await connector.fetchProfile({ handle: 'lenakocht' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientConnectorError);
    expect((error as TransientConnectorError).code).toBe(ConnectorErrorCode.Timeout);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reports an unreadable 200 as a transient bad response', async () => {
    server.handle(api({ channels: () => ({ raw: 'not json' }) }));
    const error = await connector.fetchProfile({ handle: 'lenakocht' }).catch((e: unknown) => e);
    expect((error as TransientConnectorError).code).toBe(ConnectorErrorCode.BadResponse);
  });

  it('reports a closed port as a transient network error', async () => {
    const closed = await startLocalApiServer();
    const baseUrl = closed.baseUrl;
    await closed.close();
    const offline = new YouTubeConnector({ apiKey: KEY, baseUrl, timeoutMs: 1000, clock: () => NOW });
    const error = await offline.fetchProfile({ handle: 'lenakocht' }).catch((e: unknown) => e);
    expect((error as TransientConnectorError).code).toBe(ConnectorErrorCode.Network);
  });

  it('refuses a ref without handle or id', async () => {
    await expect(connector.fetchProfile({})).rejects.toBeInstanceOf(ConnectorRequestError);
    expect(server.requests).toHaveLength(0);
  });

  it('is disabled without an API key and says why', async () => {
    const disabled = new YouTubeConnector({ apiKey: null, baseUrl: server.baseUrl, timeoutMs: 300 });
    expect(disabled.enabled).toBe(false);
    expect(disabled.disabledReason).toBe('YOUTUBE_API_KEY is not set');
    await expect(disabled.fetchAccount({ handle: 'lenakocht' })).rejects.toBeInstanceOf(
      ConnectorDisabledError,
    );
    await expect(disabled.fetchAudience({ handle: 'lenakocht' })).rejects.toBeInstanceOf(
      ConnectorDisabledError,
    );
    expect(server.requests).toHaveLength(0);
  });
});
