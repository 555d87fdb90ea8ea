import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { type CatalogueOptions, generateCatalogue } from './generator';

export interface JsonlResult {
  records: number;
  /** UTF-8 bytes written. */
  bytes: number;
}

// Aliased once: under Jest's vm sandbox each `JSON.x` is a slow global lookup.
const { stringify } = JSON;

/** Lines are batched into ~256 KB writes: one write per line would cost more than the JSON itself. */
const BATCH_CHARS = 256 * 1024;

/**
 * Writes the catalogue as JSON Lines (the import's format), honouring backpressure so a million
 * records never pile up in memory. A path is created/truncated and closed; a stream passed in is left
 * open for the caller (e.g. stdout or a gzip pipe).
 */
export async function writeCatalogueJsonl(
  target: string | Writable,
  options: CatalogueOptions,
): Promise<JsonlResult> {
  const owned = typeof target === 'string';
  const stream: Writable = owned ? createWriteStream(target, { highWaterMark: 1 << 20 }) : target;
  let failure: unknown = null;
  const onError = (error: unknown) => (failure ??= error);
  stream.on('error', onError);

  let records = 0;
  let bytes = 0;
  let batch = '';
  const flush = async () => {
    if (batch.length === 0) return;
    // Encode once: counting bytes with Buffer.byteLength and then writing the string would encode twice.
    const chunk = Buffer.from(batch, 'utf8');
    bytes += chunk.length;
    const ok = stream.write(chunk);
    batch = '';
    // `once` rejects if the stream errors while we wait.
    if (!ok) await once(stream, 'drain');
  };

  try {
    for (const record of generateCatalogue(options)) {
      batch += `${stringify(record)}\n`;
      records++;
      if (batch.length >= BATCH_CHARS) {
        await flush();
        if (failure !== null) throw failure;
      }
    }
    await flush();
    if (owned) {
      stream.end();
      await finished(stream);
    }
    if (failure !== null) throw failure;
  } catch (error) {
    if (owned) stream.destroy();
    throw error;
  } finally {
    stream.off('error', onError);
  }
  return { records, bytes };
}
