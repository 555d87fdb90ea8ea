import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CsvRecordReader, csvRowToObject } from './csv';

export type ImportFormat = 'jsonl' | 'csv';

export type ReadResult = { line: number; value: unknown } | { line: number; parseError: string };

export function detectFormat(path: string): ImportFormat {
  return /\.csv$/i.test(path) ? 'csv' : 'jsonl';
}

/** Streams the file's records without holding it in memory. */
export async function* readImportFile(path: string, format: ImportFormat): AsyncGenerator<ReadResult> {
  if (format === 'jsonl') {
    let line = 0;
    for await (const text of createInterface({
      input: createReadStream(path, 'utf8'),
      crlfDelay: Infinity,
    })) {
      line++;
      if (text.trim() === '') continue;
      try {
        yield { line, value: JSON.parse(text) as unknown };
      } catch (error) {
        yield { line, parseError: `not valid JSON: ${(error as Error).message}` };
      }
    }
    return;
  }
  const reader = new CsvRecordReader();
  let header: string[] | null = null;
  const handle = function* (row: { line: number; fields: string[] }): Generator<ReadResult> {
    if (!header) {
      header = row.fields.map((h) => h.trim());
      return;
    }
    if (row.fields.length > header.length) {
      yield { line: row.line, parseError: `has ${row.fields.length} columns, the header ${header.length}` };
      return;
    }
    yield { line: row.line, value: csvRowToObject(header, row.fields) };
  };
  for await (const chunk of createReadStream(path, 'utf8')) {
    for (const row of reader.push(chunk as string)) yield* handle(row);
  }
  for (const row of reader.end()) yield* handle(row);
}
