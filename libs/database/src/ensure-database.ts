import { Client } from 'pg';

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly target: string,
    cause: unknown,
  ) {
    super(
      `PostgreSQL is not reachable at ${target}: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'DatabaseUnreachableError';
  }
}

/** host:port/db without credentials, for messages and logs. */
export function describeDatabaseUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

/**
 * Creates the database named in the URL if it does not exist yet (first run),
 * by connecting to the `postgres` maintenance database with the same credentials.
 * Returns true when it created the database.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(name)) throw new Error(`Unsupported database name "${name}"`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnreachableError(describeDatabaseUrl(url), error);
  }
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return false;
    try {
      // Identifiers cannot be parameters; the name was validated against a strict pattern above.
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      // Two processes starting at once: the other one won the race.
      if ((error as { code?: string }).code !== '42P04') throw error;
      return false;
    }
    return true;
  } finally {
    await client.end();
  }
}
