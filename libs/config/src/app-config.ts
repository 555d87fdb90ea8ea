import type { LogLevel, NodeEnv } from './env.schema';

/** The typed, nested configuration the rest of the code receives (never raw env strings). */
export interface AppConfig {
  env: NodeEnv;
  http: { port: number; workerPort: number; corsOrigins: string[] | '*'; bodyLimit: string };
  database: { url: string; poolSize: number; autoCreate: boolean };
  redis: { url: string; queuePrefix: string };
  auth: { jwtSecret: string; accessTtlSeconds: number; refreshTtlDays: number };
  log: { level: LogLevel };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
