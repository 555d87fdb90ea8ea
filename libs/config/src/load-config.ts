import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { AppConfig } from './app-config';
import { DEV_JWT_SECRET, EnvSchema } from './env.schema';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

const KNOWN_KEYS = Object.keys(new EnvSchema());

function describe(errors: ValidationError[]): string[] {
  return errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
}

/**
 * Validates the environment once and returns the typed config.
 * Fails with every invalid variable listed, not just the first.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of KNOWN_KEYS) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  if (env.CORS_ORIGINS !== undefined) raw.CORS_ORIGINS = env.CORS_ORIGINS;
  const schema = plainToInstance(EnvSchema, raw);
  const problems = describe(validateSync(schema, { forbidUnknownValues: true }));
  if (schema.NODE_ENV === 'production' && schema.JWT_SECRET === DEV_JWT_SECRET) {
    problems.push(
      'JWT_SECRET: the development secret is refused in production; set a random secret of 32+ chars',
    );
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return toAppConfig(schema);
}

const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');

function toAppConfig(s: EnvSchema): AppConfig {
  const origins = s.CORS_ORIGINS.trim();
  return {
    env: s.NODE_ENV,
    http: {
      port: s.PORT,
      workerPort: s.WORKER_PORT,
      corsOrigins:
        origins === '*'
          ? '*'
          : origins
              .split(',')
              .map((o) => o.trim())
              .filter(Boolean),
      bodyLimit: s.BODY_LIMIT.toLowerCase(),
    },
    database: { url: s.DATABASE_URL, poolSize: s.DATABASE_POOL_SIZE, autoCreate: s.DATABASE_AUTO_CREATE },
    redis: { url: s.REDIS_URL, queuePrefix: s.QUEUE_PREFIX },
    auth: {
      jwtSecret: s.JWT_SECRET,
      accessTtlSeconds: s.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: s.REFRESH_TOKEN_TTL_DAYS,
    },
    log: { level: s.LOG_LEVEL },
    connectors: {
      mode: s.CONNECTOR_MODE,
      timeoutMs: s.CONNECTOR_TIMEOUT_MS,
      youtube: { apiKey: s.YOUTUBE_API_KEY ?? null, baseUrl: withoutTrailingSlash(s.YOUTUBE_API_BASE_URL) },
      instagram: {
        accessToken: s.INSTAGRAM_ACCESS_TOKEN ?? null,
        businessAccountId: s.INSTAGRAM_BUSINESS_ACCOUNT_ID ?? null,
        graphBaseUrl: withoutTrailingSlash(s.INSTAGRAM_GRAPH_BASE_URL),
      },
    },
    refresh: {
      intervalsMinutes: {
        freshPublication: s.REFRESH_FRESH_PUBLICATION_MINUTES,
        published: s.REFRESH_PUBLISHED_MINUTES,
        activeCampaign: s.REFRESH_ACTIVE_CAMPAIGN_MINUTES,
        tracked: s.REFRESH_TRACKED_MINUTES,
        catalogue: s.REFRESH_CATALOGUE_MINUTES,
      },
      schedulerBatch: s.REFRESH_SCHEDULER_BATCH,
      concurrency: s.REFRESH_CONCURRENCY,
      rateLimits: parseRateLimits(s.REFRESH_RATE_LIMITS),
    },
    worker: { schedules: s.WORKER_SCHEDULES },
  };
}

/** For process entry points: print every invalid variable in one message and exit, instead of a stack trace. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** `instagram=3/60,youtube=5/60` → { instagram: { calls: 3, perSeconds: 60 }, … } (format checked by the schema). */
function parseRateLimits(value: string): Record<string, { calls: number; perSeconds: number }> {
  const out: Record<string, { calls: number; perSeconds: number }> = {};
  if (value === 'none') return out;
  for (const pair of value.split(',')) {
    const [platform, rule] = pair.split('=');
    const [calls, perSeconds] = rule.split('/').map(Number);
    out[platform] = { calls, perSeconds };
  }
  return out;
}
