import type { ConnectorMode, LogLevel, NodeEnv } from './env.schema';

/** The typed, nested configuration the rest of the code receives (never raw env strings). */
export interface AppConfig {
  env: NodeEnv;
  http: { port: number; workerPort: number; corsOrigins: string[] | '*'; bodyLimit: string };
  database: { url: string; poolSize: number; autoCreate: boolean };
  redis: { url: string; queuePrefix: string };
  auth: { jwtSecret: string; accessTtlSeconds: number; refreshTtlDays: number };
  log: { level: LogLevel };
  connectors: {
    mode: ConnectorMode;
    timeoutMs: number;
    /** Base URLs without a trailing slash. Credentials are null when unset (the connector is then disabled). */
    youtube: { apiKey: string | null; baseUrl: string };
    instagram: { accessToken: string | null; businessAccountId: string | null; graphBaseUrl: string };
  };
  refresh: {
    /** How often accounts are refreshed, by why they matter (first matching class wins, in this order). */
    intervalsMinutes: {
      freshPublication: number;
      published: number;
      activeCampaign: number;
      tracked: number;
      catalogue: number;
    };
    schedulerBatch: number;
    concurrency: number;
    /** Calls per platform per window, shared by all workers (live connectors only). */
    rateLimits: Record<string, { calls: number; perSeconds: number }>;
  };
  worker: { schedules: boolean };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
