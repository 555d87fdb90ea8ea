/**
 * Minimal RFC 4180 CSV reader: quoted fields may contain commas, quotes ("") and newlines.
 * Fed chunk by chunk; yields complete records with the (1-based) line on which each began.
 */
export class CsvRecordReader {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  private quotePending = false;
  private line = 1;
  private recordLine = 1;

  *push(chunk: string): Generator<{ line: number; fields: string[] }> {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (this.inQuotes) {
        if (ch === '"') {
          this.inQuotes = false;
          this.quotePending = true;
        } else {
          if (ch === '\n') this.line++;
          this.field += ch;
        }
        continue;
      }
      if (this.quotePending && ch === '"') {
        // "" inside a quoted field is a literal quote.
        this.field += '"';
        this.inQuotes = true;
        this.quotePending = false;
        continue;
      }
      this.quotePending = false;
      if (ch === '"' && this.field === '') this.inQuotes = true;
      else if (ch === ',') this.endField();
      else if (ch === '\n') {
        const done = this.endRecord();
        this.line++;
        this.recordLine = this.line;
        if (done) yield done;
      } else if (ch !== '\r') this.field += ch;
    }
  }

  *end(): Generator<{ line: number; fields: string[] }> {
    const done = this.endRecord();
    if (done) yield done;
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
  }

  private endRecord(): { line: number; fields: string[] } | null {
    this.endField();
    const fields = this.record;
    this.record = [];
    this.quotePending = false;
    if (fields.length === 1 && fields[0] === '') return null; // blank line
    return { line: this.recordLine, fields };
  }
}

const JSON_COLUMNS = new Set([
  'influencer',
  'posts',
  'audience',
  'metrics',
  'followerSample',
  'influencer.languages',
  'influencer.categories',
]);
const NUMBER_COLUMNS = new Set(['followers', 'following', 'postCount']);
const BOOLEAN_COLUMNS = new Set(['verified']);

/**
 * Turns a CSV row into the same shape as a JSON line: `influencer.displayName` style headers build
 * nested objects, JSON columns (posts, audience, …) are parsed, numbers and booleans typed.
 * Values that do not parse are left as strings so the validator names the field.
 */
export function csvRowToObject(header: string[], fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  header.forEach((column, i) => {
    const rawValue = fields[i];
    if (rawValue === undefined || rawValue === '') return;
    let value: unknown = rawValue;
    if (JSON_COLUMNS.has(column)) {
      try {
        value = JSON.parse(rawValue);
      } catch {
        value = rawValue;
      }
    } else if (NUMBER_COLUMNS.has(column) && /^\d+$/.test(rawValue)) value = Number(rawValue);
    else if (BOOLEAN_COLUMNS.has(column) && /^(true|false)$/i.test(rawValue))
      value = rawValue.toLowerCase() === 'true';
    const path = column.split('.');
    let target = out;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = value;
  });
  return out;
}
