import { CliUsageError } from './cli-error';

/**
 * `--name value`, `--name=value` and bare `--flag` (→ "true"). Values may contain spaces when quoted by the
 * shell; a value may not start with `--`. Anything else is a usage error naming the token.
 */
export function parseOptions(args: readonly string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const token = args[i];
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(token);
    if (!match) throw new CliUsageError(`unexpected argument "${token}": options look like --name value`);
    const [, name, inline] = match;
    if (name in options) throw new CliUsageError(`--${name} is given twice`, name);
    if (inline !== undefined) options[name] = inline;
    else if (i + 1 < args.length && !args[i + 1].startsWith('--')) options[name] = args[++i];
    else options[name] = 'true';
  }
  return options;
}
