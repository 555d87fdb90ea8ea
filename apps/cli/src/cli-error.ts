/** A usage or input problem: printed as JSON on stderr with exit code 2 (1 is for failures). */
export class CliUsageError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export function requireOption(options: Record<string, string | undefined>, name: string): string {
  const value = options[name];
  if (value === undefined || value.trim() === '') throw new CliUsageError(`--${name} is required`, name);
  return value.trim();
}

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliUsageError(`--${field} must be one of: ${allowed.join(', ')}`, field);
  }
  return value as T;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requireEmail(value: string, field: string): string {
  if (!EMAIL.test(value) || value.length > 254)
    throw new CliUsageError(`--${field} must be an email address`, field);
  return value;
}

export function requirePassword(value: string, field: string): string {
  if (value.length < 12 || value.length > 200) {
    throw new CliUsageError(`--${field} must be 12 to 200 characters long`, field);
  }
  return value;
}
