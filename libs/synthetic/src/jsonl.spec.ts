import { Writable } from 'node:stream';
import { generateCatalogue } from './generator';
import { writeCatalogueJsonl } from './jsonl';

const options = { seed: 5, count: 2_000, postsPerAccount: 3, now: new Date('2026-03-01T12:00:00Z') };

/** In-memory sink that accepts slowly (tiny buffer, async callbacks) to exercise backpressure. */
class SlowSink extends Writable {
  readonly chunks: Buffer[] = [];
  drains = 0;
  constructor() {
    super({ highWaterMark: 1024 });
    this.on('drain', () => this.drains++);
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    setImmediate(done);
  }
}

describe('writeCatalogueJsonl', () => {
  it('streams one JSON line per record, waits for drain, and counts UTF-8 bytes', async () => {
    const sink = new SlowSink();
    const result = await writeCatalogueJsonl(sink, options);
    const text = Buffer.concat(sink.chunks).toString('utf8');
    expect(result).toEqual({ records: options.count, bytes: Buffer.byteLength(text) });
    expect(sink.drains).toBeGreaterThan(0);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(options.count);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(
      [...generateCatalogue(options)].map((r) => JSON.parse(JSON.stringify(r)) as unknown),
    );
    expect(sink.writableEnded).toBe(false); // a caller's stream stays open
  });

  it('rejects when the stream fails', async () => {
    const broken = new Writable({
      highWaterMark: 1024,
      write: (_chunk, _enc, done) => done(new Error('disk full')),
    });
    broken.on('error', () => undefined);
    await expect(writeCatalogueJsonl(broken, options)).rejects.toThrow('disk full');
  });
});
