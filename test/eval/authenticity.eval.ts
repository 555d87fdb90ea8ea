/**
 * Evaluates the hand-set per-follower classifier on the two labelled data sets, next to the baseline rule
 * `following >= 1000 && posts <= 5`. InstaFake is the development set; SRF is held out (reported, never
 * tuned on). Run: npx ts-node --transpile-only -r tsconfig-paths/register test/eval/authenticity.eval.ts
 * Options: --datasets <dir> (or FITSCOUT_DATASETS) to point at the data sets.
 */
import * as fs from 'node:fs';
import {
  baselineSuspiciousFollower,
  binaryMetrics,
  BinaryMetrics,
  FOLLOWER_CLASSIFIER_VERSION,
  followerSuspicion,
  isSuspiciousFollower,
  rocAuc,
  wilsonInterval,
} from '@fitscout/scoring';
import { LabelledDataset, loadInstaFake, loadSrf, resolveDatasetsDir } from './datasets';

const TARGET_AUC: Record<string, number> = { 'InstaFake (dev)': 0.95, 'SRF (held out)': 0.9 };

interface EvalRow {
  dataset: string;
  method: string;
  metrics: BinaryMetrics;
  auc: number;
}

function evaluate(ds: LabelledDataset): EvalRow[] {
  const labels = ds.rows.map((r) => r.isFake);
  const scores = ds.rows.map((r) => followerSuspicion(r.features));
  const predicted = ds.rows.map((r) => isSuspiciousFollower(r.features));
  const baseline = ds.rows.map((r) => baselineSuspiciousFollower(r.features));
  return [
    {
      dataset: ds.name,
      method: FOLLOWER_CLASSIFIER_VERSION,
      metrics: binaryMetrics(labels, predicted),
      auc: rocAuc(labels, scores),
    },
    {
      dataset: ds.name,
      method: 'baseline rule',
      metrics: binaryMetrics(labels, baseline),
      auc: rocAuc(
        labels,
        baseline.map((b) => (b ? 1 : 0)),
      ),
    },
  ];
}

function fmt(x: number): string {
  return Number.isNaN(x) ? '  n/a' : x.toFixed(3);
}

function printRows(rows: EvalRow[]): void {
  console.log('dataset          method            P      R      F1     AUC    TP   FP   FN   TN');
  for (const r of rows) {
    const m = r.metrics;
    console.log(
      `${r.dataset.padEnd(16)} ${r.method.padEnd(16)} ${fmt(m.precision)}  ${fmt(m.recall)}  ${fmt(m.f1)}  ${fmt(r.auc)}  ` +
        `${String(m.truePositives).padStart(3)}  ${String(m.falsePositives).padStart(3)}  ` +
        `${String(m.falseNegatives).padStart(3)}  ${String(m.trueNegatives).padStart(3)}`,
    );
  }
}

function printShare(ds: LabelledDataset): void {
  const n = ds.rows.length;
  const actual = ds.rows.filter((r) => r.isFake).length;
  const flagged = ds.rows.filter((r) => isSuspiciousFollower(r.features)).length;
  const ci = wilsonInterval(flagged, n);
  console.log(
    `${ds.name}: actual fake share ${((actual / n) * 100).toFixed(1)}%, estimated ${(ci.estimate * 100).toFixed(1)}% ` +
      `(95% Wilson ${(ci.lower * 100).toFixed(1)}–${(ci.upper * 100).toFixed(1)}%, n=${n})`,
  );
}

function main(): void {
  const dir = resolveDatasetsDir(process.argv.slice(2));
  if (!fs.existsSync(dir)) {
    console.log(`Datasets not found at ${dir}; nothing to evaluate (pass --datasets <dir>).`);
    return;
  }
  const sets = [loadInstaFake(dir), loadSrf(dir)].filter((d): d is LabelledDataset => d !== null);
  if (sets.length === 0) {
    console.log(`No known data set under ${dir}; nothing to evaluate.`);
    return;
  }
  const rows = sets.flatMap(evaluate);
  for (const ds of sets) console.log(`${ds.name}: ${ds.note}`);
  printRows(rows);
  for (const ds of sets) printShare(ds);
  for (const ds of sets) {
    const ours = rows.find((r) => r.dataset === ds.name && r.method === FOLLOWER_CLASSIFIER_VERSION)!;
    const base = rows.find((r) => r.dataset === ds.name && r.method === 'baseline rule')!;
    const f1 = ours.metrics.f1 > base.metrics.f1 ? 'met' : 'MISSED';
    const auc = ours.auc >= TARGET_AUC[ds.name] ? 'met' : 'MISSED';
    console.log(`${ds.name}: target F1 > baseline ${f1}; target AUC >= ${TARGET_AUC[ds.name]} ${auc}`);
  }
}

main();
