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
