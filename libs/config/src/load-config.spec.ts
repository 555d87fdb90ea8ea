import { ConfigValidationError, loadConfig } from './load-config';
import { DEV_JWT_SECRET } from './env.schema';

describe('loadConfig', () => {
  it('has working local defaults', () => {
    const config = loadConfig({});
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/fitscout');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.http.port).toBe(3000);
    expect(config.auth.jwtSecret).toBe(DEV_JWT_SECRET);
    expect(config.http.corsOrigins).toEqual([]);
  });

  it('parses and types values', () => {
    const config = loadConfig({
      PORT: '8080',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      DATABASE_AUTO_CREATE: 'false',
    });
    expect(config.http.port).toBe(8080);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.database.autoCreate).toBe(false);
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.corsOrigins).toBe('*');
  });

  it('reads the refresh schedule and per-platform rate limits', () => {
    const config = loadConfig({
      REFRESH_TRACKED_MINUTES: '720',
      REFRESH_RATE_LIMITS: 'instagram=3/60,youtube=10/1',
    });
    expect(config.refresh.intervalsMinutes.tracked).toBe(720);
    expect(config.refresh.rateLimits).toEqual({
      instagram: { calls: 3, perSeconds: 60 },
      youtube: { calls: 10, perSeconds: 1 },
    });
    expect(loadConfig({ REFRESH_RATE_LIMITS: 'none' }).refresh.rateLimits).toEqual({});
    expect(() => loadConfig({ REFRESH_RATE_LIMITS: 'instagram=lots' })).toThrow(ConfigValidationError);
    expect(() => loadConfig({ REFRESH_TRACKED_MINUTES: '0' })).toThrow(ConfigValidationError);
  });

  it('lists every invalid variable, not only the first', () => {
    try {
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        REDIS_URL: 'nope',
        LOG_LEVEL: 'loud',
        JWT_SECRET: 'short',
      });
      throw new Error('expected failure');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const names = (error as ConfigValidationError).problems.map((p) => p.split(':')[0]);
      expect(names).toEqual(
        expect.arrayContaining(['PORT', 'DATABASE_URL', 'REDIS_URL', 'LOG_LEVEL', 'JWT_SECRET']),
      );
    }
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: the development secret is refused/,
    );
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48) }).env).toBe('production');
  });
});

describe('loadConfig: connectors', () => {
  it('defaults to the simulation with live defaults ready', () => {
    expect(loadConfig({}).connectors).toEqual({
      mode: 'simulated',
      timeoutMs: 10000,
      youtube: { apiKey: null, baseUrl: 'https://www.googleapis.com/youtube/v3' },
      instagram: {
        accessToken: null,
        businessAccountId: null,
        graphBaseUrl: 'https://graph.facebook.com/v21.0',
      },
    });
  });

  it('reads live credentials and local base URLs', () => {
    const config = loadConfig({
      CONNECTOR_MODE: 'live',
      CONNECTOR_TIMEOUT_MS: '2500',
      YOUTUBE_API_KEY: 'AIza-test',
      YOUTUBE_API_BASE_URL: 'http://127.0.0.1:4010/youtube/v3/',
      INSTAGRAM_ACCESS_TOKEN: 'EAAG-test',
      INSTAGRAM_BUSINESS_ACCOUNT_ID: '17841405309211844',
      INSTAGRAM_GRAPH_BASE_URL: 'http://localhost:4011/v21.0',
    });
    expect(config.connectors).toEqual({
      mode: 'live',
      timeoutMs: 2500,
      youtube: { apiKey: 'AIza-test', baseUrl: 'http://127.0.0.1:4010/youtube/v3' },
      instagram: {
        accessToken: 'EAAG-test',
        businessAccountId: '17841405309211844',
        graphBaseUrl: 'http://localhost:4011/v21.0',
      },
    });
  });

  it('rejects invalid connector settings', () => {
    try {
      loadConfig({
        CONNECTOR_MODE: 'mock',
        CONNECTOR_TIMEOUT_MS: '5',
        INSTAGRAM_BUSINESS_ACCOUNT_ID: 'me',
        YOUTUBE_API_BASE_URL: 'ftp://example.com',
      });
      throw new Error('expected failure');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const names = (error as ConfigValidationError).problems.map((p) => p.split(':')[0]);
      expect(names).toEqual(
        expect.arrayContaining([
          'CONNECTOR_MODE',
          'CONNECTOR_TIMEOUT_MS',
          'INSTAGRAM_BUSINESS_ACCOUNT_ID',
          'YOUTUBE_API_BASE_URL',
        ]),
      );
    }
  });
});
