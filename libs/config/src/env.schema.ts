import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `simulated`: deterministic fake accounts for every platform (no network); `live`: the platform APIs. */
export const CONNECTOR_MODES = ['live', 'simulated'] as const;
export type ConnectorMode = (typeof CONNECTOR_MODES)[number];

// Connector base URLs may point at a local fake (tests, staging), so plain http and IP hosts are allowed.
const API_BASE_URL = { protocols: ['http', 'https'], require_tld: false, require_protocol: true };

/** Development-only secret: accepted locally, refused when NODE_ENV=production. */
export const DEV_JWT_SECRET = 'dev-only-insecure-jwt-secret-change-me-0123456789';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return value;
};

/**
 * Every environment variable Fitscout reads, with its local default.
 * Validated once at boot (see loadConfig); nothing else reads process.env.
 */
export class EnvSchema {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_PORT = 3001;

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/fitscout';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Create the database named in DATABASE_URL on first run if it does not exist. */
  @Transform(toBool)
  @IsBoolean()
  DATABASE_AUTO_CREATE = true;

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key; tests use their own so they never touch real queues. */
  @Matches(/^[a-z0-9][a-z0-9-]{0,40}$/)
  QUEUE_PREFIX = 'fitscout';

  @IsString()
  @MinLength(32)
  JWT_SECRET = DEV_JWT_SECRET;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Comma-separated origins, `*` for any, empty for none. */
  @IsString()
  CORS_ORIGINS = '';

  @Matches(/^\d+(kb|mb)$/i)
  BODY_LIMIT = '1mb';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Platform connectors (libs/connectors) for the metrics-refresh workers. */
  @IsIn(CONNECTOR_MODES)
  CONNECTOR_MODE: ConnectorMode = 'simulated';

  /** Per HTTP request to a platform API, including reading the body. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120000)
  CONNECTOR_TIMEOUT_MS = 10000;

  /** Freshness schedule (minutes): an account with a post published for a campaign, in its first 48 h. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(43200)
  REFRESH_FRESH_PUBLICATION_MINUTES = 60;

  /** …after the first 48 h of its published post. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(43200)
  REFRESH_PUBLISHED_MINUTES = 1440;

  /** An account in a collaboration of an active campaign. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(43200)
  REFRESH_ACTIVE_CAMPAIGN_MINUTES = 360;

  /** An account an organisation tracks. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(43200)
  REFRESH_TRACKED_MINUTES = 1440;

  /** Every other account of the catalogue. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(525600)
  REFRESH_CATALOGUE_MINUTES = 10080;

  /** Whether a worker registers the repeatable jobs (tests turn them off and call the services directly). */
  @Transform(toBool)
  @IsBoolean()
  WORKER_SCHEDULES = true;

  /** Refresh jobs one worker runs at once: they wait on platform APIs, and their writes are batched together. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  REFRESH_CONCURRENCY = 64;

  /**
   * Calls per platform and time window shared by all workers, as `platform=calls/seconds` pairs. Defaults stay
   * under the Instagram Graph API's 200 calls/hour per token and spread YouTube's 10,000 daily quota units.
   * `none` turns the limits off.
   */
  @Matches(/^(none|[a-z]+=\d+\/\d+(,[a-z]+=\d+\/\d+)*)$/, {
    message: 'REFRESH_RATE_LIMITS must look like instagram=3/60,youtube=5/60 (or none)',
  })
  REFRESH_RATE_LIMITS = 'instagram=3/60,youtube=5/60';

  /** Accounts the scheduler enqueues per run (it runs every minute). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  REFRESH_SCHEDULER_BATCH = 5000;

  /** YouTube Data API v3 key; without it the live YouTube connector reports itself disabled. */
  @IsOptional()
  @IsString()
  YOUTUBE_API_KEY: string | undefined = undefined;

  @IsUrl(API_BASE_URL)
  YOUTUBE_API_BASE_URL = 'https://www.googleapis.com/youtube/v3';

  /** Graph API user access token with instagram_basic (Business Discovery); live Instagram needs both. */
  @IsOptional()
  @IsString()
  INSTAGRAM_ACCESS_TOKEN: string | undefined = undefined;

  /** Our own Instagram professional account id: Business Discovery queries run on it. */
  @IsOptional()
  @Matches(/^\d+$/)
  INSTAGRAM_BUSINESS_ACCOUNT_ID: string | undefined = undefined;

  @IsUrl(API_BASE_URL)
  INSTAGRAM_GRAPH_BASE_URL = 'https://graph.facebook.com/v21.0';
}
