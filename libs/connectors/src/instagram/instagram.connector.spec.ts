import {
  AccountNotFoundError,
  ConnectorDisabledError,
  ConnectorErrorCode,
  ConnectorRequestError,
  InvalidCredentialsError,
  RateLimitedError,
  TransientConnectorError,
} from '../errors/connector-errors';
import { type LocalApiServer, startLocalApiServer } from '../testing/local-api-server';
import { InstagramConnector } from './instagram.connector';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const TOKEN = 'EAAG-test-token';
const OUR_ID = '17841405309211844';

const discovery = {
  business_discovery: {
    id: '17841401441775531',
    username: 'lena.kocht',
    name: 'Lena | Schnelle Küche',
    biography: 'Rezepte unter 30 Minuten 🍳 Köln',
    followers_count: 26414,
    follows_count: 311,
    media_count: 641,
    profile_picture_url: 'https://scontent.example/p.jpg',
    website: 'https://lena-kocht.example',
    media: {
      data: [
        {
          id: '18000000000000002',
          caption: 'Ofengemüse für die ganze Woche #mealprep #Ofengemüse',
          comments_count: 12,
          like_count: 930,
          media_type: 'VIDEO',
          media_product_type: 'REELS',
          permalink: 'https://www.instagram.com/reel/C3reel/',
          timestamp: '2026-02-27T17:00:00+0000',
        },
        {
          id: '18000000000000001',
          caption: 'Anzeige | Frühstück mit HaferHaus #werbung',
          comments_count: 40,
          media_type: 'CAROUSEL_ALBUM',
          media_product_type: 'FEED',
          permalink: 'https://www.instagram.com/p/C3post/',
          timestamp: '2026-02-28T07:30:00+0000',
        },
      ],
      paging: { cursors: { after: 'QVFIU' } },
    },
  },
  id: OUR_ID,
};

describe('InstagramConnector against a local HTTP server', () => {
  let server: LocalApiServer;
  let connector: InstagramConnector;

  beforeAll(async () => {
    server = await startLocalApiServer('/v21.0');
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.handle(() => ({ body: discovery }));
    connector = new InstagramConnector({
      accessToken: TOKEN,
      businessAccountId: OUR_ID,
      graphBaseUrl: server.baseUrl,
      timeoutMs: 300,
      clock: () => NOW,
    });
  });

  it('fetches profile and media in one Business Discovery call', async () => {
    const account = await connector.fetchAccount({ handle: '@Lena.Kocht' }, { limit: 2 });

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request.path).toBe(`/${OUR_ID}`);
    expect(request.query.get('access_token')).toBe(TOKEN);
    expect(request.query.get('fields')).toBe(
      'business_discovery.username(lena.kocht){id,username,name,biography,followers_count,follows_count,media_count,' +
        'profile_picture_url,website,media.limit(2){id,caption,comments_count,like_count,media_type,media_product_type,permalink,timestamp}}',
    );

    expect(account.profile).toMatchObject({
      externalId: '17841401441775531',
      handle: 'lena.kocht',
      followers: 26414,
      following: 311,
      postCount: 641,
    });
    // Newest first; hidden likes stay null.
    expect(account.posts.map((p) => [p.externalId, p.kind, p.likes, p.comments])).toEqual([
      ['18000000000000001', 'post', null, 40],
      ['18000000000000002', 'reel', 930, 12],
    ]);
    expect(account.posts[1].hashtags).toEqual(['mealprep', 'Ofengemüse']);
    expect(account.audience).toBeNull();
  });

  it('asks only for profile fields in fetchProfile and only for media in fetchRecentPosts', async () => {
    await connector.fetchProfile({ handle: 'lena.kocht' });
    await connector.fetchRecentPosts({ handle: 'lena.kocht' }, { limit: 500 });
    const [profile, posts] = server.requests.map((r) => r.query.get('fields') ?? '');
    expect(profile).not.toContain('media.limit');
    expect(posts).toContain('media.limit(50)');
    expect(posts).not.toContain('biography');
  });

  it('maps "Cannot find User" to AccountNotFoundError', async () => {
    server.handle(() => ({
      status: 400,
      body: {
        error: {
          message: 'Invalid user id',
          type: 'OAuthException',
          code: 110,
          error_subcode: 2207013,
          is_transient: false,
          error_user_title: 'Cannot find User',
          error_user_msg: 'The user with username: privatperson cannot be found.',
          fbtrace_id: 'A1b2C3',
        },
      },
    }));
    const error = await connector.fetchProfile({ handle: 'privatperson' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountNotFoundError);
    expect((error as AccountNotFoundError).upstreamReason).toBe('110/2207013');
  });

  it('maps an expired token (190) to InvalidCredentialsError without leaking it', async () => {
    server.handle(() => ({
      status: 400,
      body: {
        error: {
          message: 'Error validating access token: Session has expired on Friday, 27-Feb-26 10:00:00 PST.',
          type: 'OAuthException',
          code: 190,
          error_subcode: 463,
          fbtrace_id: 'x',
        },
      },
    }));
    const error = await connector.fetchProfile({ handle: 'lena.kocht' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidCredentialsError);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('maps throttling (code 4) with Retry-After to RateLimitedError', async () => {
    server.handle(() => ({
      status: 403,
      headers: { 'retry-after': '120' },
      body: {
        error: {
          message: '(#4) Application request limit reached',
          type: 'OAuthException',
          code: 4,
          is_transient: true,
        },
      },
    }));
    const error = await connector.fetchAccount({ handle: 'lena.kocht' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAt.toISOString()).toBe('2026-03-01T12:02:00.000Z');
  });

  it('maps a 500 to a transient upstream error', async () => {
    server.handle(() => ({
      status: 500,
      body: {
        error: {
          message: 'An unexpected error has occurred. Please retry your request later.',
          type: 'OAuthException',
          code: 2,
          is_transient: true,
        },
      },
    }));
    const error = await connector.fetchProfile({ handle: 'lena.kocht' }).catch((e: unknown) => e);
    expect((error as TransientConnectorError).code).toBe(ConnectorErrorCode.UpstreamUnavailable);
  });

  it('times out slow answers', async () => {
    server.handle(() => ({ body: discovery, delayMs: 2000 }));
    const error = await connector.fetchProfile({ handle: 'lena.kocht' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientConnectorError);
    expect((error as TransientConnectorError).code).toBe(ConnectorErrorCode.Timeout);
  });

  it('treats a 200 without business_discovery as a bad response', async () => {
    server.handle(() => ({ body: { id: OUR_ID } }));
    const error = await connector.fetchProfile({ handle: 'lena.kocht' }).catch((e: unknown) => e);
    expect((error as TransientConnectorError).code).toBe(ConnectorErrorCode.BadResponse);
  });

  it('refuses refs without a valid username before calling the API', async () => {
    await expect(connector.fetchProfile({ externalId: '17841401441775531' })).rejects.toBeInstanceOf(
      ConnectorRequestError,
    );
    await expect(connector.fetchProfile({ handle: 'x){id}' })).rejects.toBeInstanceOf(ConnectorRequestError);
    expect(server.requests).toHaveLength(0);
  });

  it('is disabled without token or business account id and names what is missing', async () => {
    const none = new InstagramConnector({
      accessToken: null,
      businessAccountId: null,
      graphBaseUrl: server.baseUrl,
      timeoutMs: 300,
    });
    expect(none.enabled).toBe(false);
    expect(none.disabledReason).toBe('INSTAGRAM_ACCESS_TOKEN and INSTAGRAM_BUSINESS_ACCOUNT_ID are not set');
    const noId = new InstagramConnector({
      accessToken: TOKEN,
      businessAccountId: null,
      graphBaseUrl: server.baseUrl,
      timeoutMs: 300,
    });
    expect(noId.disabledReason).toBe('INSTAGRAM_BUSINESS_ACCOUNT_ID is not set');
    await expect(noId.fetchProfile({ handle: 'lena.kocht' })).rejects.toBeInstanceOf(ConnectorDisabledError);
    expect(server.requests).toHaveLength(0);
  });
});
