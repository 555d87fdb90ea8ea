/**
 * npm run bench:compliance — a benchmark that prints figures, not a test.
 * 1. In-process engine throughput: a fixed, deterministic mix of typical captions checked for a few seconds
 *    on one core (checks/s), before anything else runs.
 * 2. The API as its own process on its own database (`fitscout_bench_compliance`, recreated and migrated):
 *    POST /v1/compliance/checks with the same mix, concurrency 8 (p50/p95/p99, req/s), then a few
 *    1,000-item batches (checks/s through the batch endpoint). Each check is stored, as in production.
 * BENCH_REQUESTS (default 3000) sets the number of single checks; BENCH_SKIP_API=1 runs only step 1.
 */
import 'reflect-metadata';
import { type ComplianceCheckInput, ComplianceEngine } from '@fitscout/compliance';
import { runMigrations } from '@fitscout/database';
import {
  benchDatabaseUrl,
  drive,
  formatStats,
  recreateDatabase,
  startApi,
  benchLogin,
} from './bench-support';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = 8;
const BATCHES = 5;
const PORT = 3901;
const DB_URL = benchDatabaseUrl('fitscout_bench_compliance');

const FILLER =
  ' Honestly the best thing I tried this year, and I have tried a lot, so here is why I love it.';

const MIX: ComplianceCheckInput[] = [
  {
    jurisdiction: 'DE',
    platform: 'instagram',
    kind: 'post',
    caption: 'Werbung | Mein neuer Lieblingsduft von @douglas 😍 #parfum #beauty',
    paidPartnershipLabel: false,
    materialConnection: 'paid',
    political: false,
  },
  {
    jurisdiction: 'DE',
    platform: 'instagram',
    kind: 'post',
    caption: `Mein Look heute @zara${FILLER} #ootd #fashion #style #werbung`,
    paidPartnershipLabel: false,
    materialConnection: 'paid',
    political: false,
  },
  {
    jurisdiction: 'US',
    platform: 'instagram',
    kind: 'post',
    caption: '#ad Loving my new running shoes from @nike 🏃 #run #fitness',
    paidPartnershipLabel: false,
    materialConnection: 'paid',
    political: false,
  },
  {
    jurisdiction: 'US',
    platform: 'tiktok',
    kind: 'video',
    caption: 'Try this with me! #ad @cerave',
    paidPartnershipLabel: true,
    materialConnection: 'gifted',
    political: false,
  },
  {
    jurisdiction: 'UK',
    platform: 'instagram',
    kind: 'post',
    caption: 'Loving these trainers from @nike #ad',
    paidPartnershipLabel: false,
    materialConnection: 'paid',
    political: false,
  },
  {
    jurisdiction: 'FR',
    platform: 'instagram',
    kind: 'post',
    caption: `Publicité | Ma routine du soir avec @laroche_posay${FILLER}`,
    paidPartnershipLabel: false,
    materialConnection: 'paid',
    political: false,
    retouched: true,
  },
  {
    jurisdiction: 'FR',
    platform: 'youtube',
    kind: 'video',
    caption: 'Merci @sephora pour ces jolies surprises #collab',
    paidPartnershipLabel: false,
    materialConnection: 'gifted',
    political: false,
  },
  {
    jurisdiction: 'AT',
    platform: 'instagram',
    kind: 'story',
    caption: '#ad Skitag mit @atomic',
    paidPartnershipLabel: false,
    materialConnection: 'paid',
    political: false,
  },
  {
    audienceJurisdictions: ['US', 'UK', 'DE', 'FR'],
    platform: 'instagram',
    kind: 'reel',
    caption: `Ad | Werbung | New @loreal serum${FILLER}`,
    paidPartnershipLabel: false,
    materialConnection: 'paid',
    political: false,
    videoDisclosure: { onScreen: true, spoken: false },
  },
  {
    jurisdiction: 'DE',
    platform: 'instagram',
    kind: 'post',
    caption:
      'Politische Anzeige | Auftraggeber: Klimabündnis e.V. | Transparenzhinweis: https://example.eu/t/1 Geht wählen!',
    paidPartnershipLabel: false,
    materialConnection: 'political_paid',
    political: true,
  },
  {
    jurisdiction: 'US',
    platform: 'instagram',
    kind: 'post',
    caption: 'Sunday brunch with the girls 🥂 not sponsored, just love this place',
    paidPartnershipLabel: false,
    materialConnection: 'none',
    political: false,
  },
  {
    jurisdiction: 'DE',
    platform: 'instagram',
    kind: 'post',
    caption: 'Wer\u200Dbung | ᵂᵉʳᵇᵘⁿᵍ #\u0430d ＷＥＲＢＵＮＧ',
    paidPartnershipLabel: false,
    materialConnection: 'affiliate',
    political: false,
  },
];

/** The same mix with ~600-character captions (long Instagram captions with a hashtag block). */
const LONG_MIX: ComplianceCheckInput[] = MIX.map((input) => ({
  ...input,
  caption: `${input.caption}${FILLER.repeat(5)}\n.\n#fitness #travel #food #style #love`,
}));

function run(engine: ComplianceEngine, mix: ComplianceCheckInput[], durationMs: number): number {
  let checks = 0;
  const started = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < durationMs) {
    for (let i = 0; i < 1000; i += 1) engine.check(mix[(checks + i) % mix.length]);
    checks += 1000;
    elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  }
  return Math.round((checks / elapsedMs) * 1000);
}

function meanLength(mix: ComplianceCheckInput[]): number {
  return Math.round(mix.reduce((sum, input) => sum + input.caption.length, 0) / mix.length);
}

function inProcess(): void {
  const constructionStart = process.hrtime.bigint();
  const engine = new ComplianceEngine();
  const constructionMs = Number(process.hrtime.bigint() - constructionStart) / 1e6;

  run(engine, MIX, 500); // warm-up: let V8 optimise before measuring
  const typical = run(engine, MIX, 3000);
  const long = run(engine, LONG_MIX, 2000);
  const format = (n: number): string => n.toLocaleString('en-US');

  console.log(`compliance engine, one core, in-process (construction ${constructionMs.toFixed(0)} ms)`);
  console.log(
    `  typical captions (${MIX.length} inputs, mean ${meanLength(MIX)} chars): ${format(typical)} checks/s`,
  );
  console.log(`  long captions (mean ${meanLength(LONG_MIX)} chars): ${format(long)} checks/s`);
  console.log(`  target ≥ 20,000 checks/s for typical captions: ${typical >= 20_000 ? 'met' : 'NOT met'}`);
}

async function throughApi(): Promise<void> {
  await recreateDatabase(DB_URL);
  await runMigrations({ url: DB_URL, poolSize: 2, autoCreate: false });
  const api = await startApi({ DATABASE_URL: DB_URL, QUEUE_PREFIX: 'fitscout-bench-compliance' }, PORT);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const headers = {
      Authorization: `Bearer ${await benchLogin(base, DB_URL, 'bench-compliance@fitscout.local')}`,
      'Content-Type': 'application/json',
    };
    const single = (i: number) =>
      fetch(`${base}/v1/compliance/checks`, {
        method: 'POST',
        headers,
        body: JSON.stringify(MIX[i % MIX.length]),
      }).then(async (r) => (await r.arrayBuffer(), r.status === 201));

    await drive(200, CONCURRENCY, single); // warm-up: JIT, connection pool, plan cache
    const stats = await drive(REQUESTS, CONCURRENCY, single);
    console.log(`\nAPI (own process), POST /v1/compliance/checks, concurrency ${CONCURRENCY}, stored:`);
    console.log(formatStats('single check', stats));

    const items = Array.from({ length: 1000 }, (_, i) => MIX[i % MIX.length]);
    const t0 = performance.now();
    for (let i = 0; i < BATCHES; i += 1) {
      const r = await fetch(`${base}/v1/compliance/checks/batch`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ items }),
      });
      await r.arrayBuffer();
      if (r.status !== 201) throw new Error(`batch answered ${r.status}`);
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `batch of 1,000 (x${BATCHES}, sequential): ${((seconds / BATCHES) * 1000).toFixed(0)} ms each = ${Math.round((BATCHES * 1000) / seconds).toLocaleString('en-US')} checks/s`,
    );
  } finally {
    api.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  inProcess();
  if (process.env.BENCH_SKIP_API !== '1') await throughApi();
}

void main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
