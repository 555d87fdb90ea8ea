import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type BatchOutcome, type NumberedRecord, writeBatch } from './batch-writer';
import type { ImportRecord } from './import-record';
import { detectFormat, type ImportFormat, readImportFile } from './import-reader';
import { type ImportRowError, validateImportRecord } from './import-validator';

export interface ImportReport {
  file: string;
  format: ImportFormat;
  linesRead: number;
  inserted: number;
  updated: number;
  suppressed: number;
  invalid: number;
  /** The first problems (line, field, reason); `invalid` counts them all. */
  errors: ImportRowError[];
  durationMs: number;
  accountsPerSecond: number;
}

const BATCH_SIZE = 1000;
/** Two batches in flight keep both cores busy (one parses and validates, PostgreSQL writes the other). */
const MAX_IN_FLIGHT = 2;
const MAX_REPORTED_ERRORS = 1000;
const DEADLOCK = '40P01';

/**
 * The trusted write path into the public catalogue (operator import; connectors reuse writeBatch).
 * Invalid lines are reported with line, field and reason while valid lines go in; a batch is all or
 * nothing, so a failure never leaves half of an account written.
 */
@Injectable()
export class CatalogueImportService {
  private readonly logger = new Logger(CatalogueImportService.name);

  constructor(private readonly dataSource: DataSource) {}

  async importFile(path: string, options: { format?: ImportFormat; now?: Date } = {}): Promise<ImportReport> {
    const format = options.format ?? detectFormat(path);
    const now = options.now ?? new Date();
    const started = Date.now();
    const report: ImportReport = {
      file: path,
      format,
      linesRead: 0,
      inserted: 0,
      updated: 0,
      suppressed: 0,
      invalid: 0,
      errors: [],
      durationMs: 0,
      accountsPerSecond: 0,
    };
    const addErrors = (errors: ImportRowError[]) => {
      report.invalid += new Set(errors.map((e) => e.line)).size;
      for (const e of errors) if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push(e);
    };
    const inFlight = new Set<Promise<void>>();
    let failure: unknown;
    const flush = async (batch: NumberedRecord[]) => {
      const task: Promise<void> = this.writeWithRetry(batch, now)
        .then((outcome) => {
          report.inserted += outcome.inserted;
          report.updated += outcome.updated;
          report.suppressed += outcome.suppressed;
          addErrors(outcome.errors);
        })
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
      // A batch that failed for a reason other than bad input (database down) stops the import.
      if (failure) throw failure;
    };

    let batch: NumberedRecord[] = [];
    for await (const read of readImportFile(path, format)) {
      report.linesRead++;
      if ('parseError' in read) {
        addErrors([{ line: read.line, field: '(line)', reason: read.parseError }]);
        continue;
      }
      const { record, errors } = validateImportRecord(read.value, read.line);
      if (!record) {
        addErrors(errors);
        continue;
      }
      batch.push({ line: read.line, record });
      if (batch.length >= BATCH_SIZE) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await flush(batch);
    await Promise.all(inFlight);
    if (failure) throw failure;

    report.durationMs = Date.now() - started;
    const written = report.inserted + report.updated;
    report.accountsPerSecond =
      report.durationMs > 0 ? Math.round((written * 1000) / report.durationMs) : written;
    report.errors.sort((a, b) => a.line - b.line);
    return report;
  }

  /** For connectors and tests: already-validated records, one batch. */
  async importRecords(records: ImportRecord[], now = new Date()): Promise<BatchOutcome> {
    return this.writeWithRetry(
      records.map((record, i) => ({ line: i + 1, record })),
      now,
    );
  }

  private async writeWithRetry(batch: NumberedRecord[], now: Date, attempt = 1): Promise<BatchOutcome> {
    try {
      return await this.dataSource.transaction(async (em) => {
        // A crash may lose the last committed batches; re-running the idempotent import restores them,
        // so the import does not wait for each commit's WAL flush.
        await em.query('SET LOCAL synchronous_commit = off');
        return writeBatch(em, batch, now);
      });
    } catch (error) {
      // Two batches sharing a creator can deadlock despite sorted keys; the retry then runs alone.
      if ((error as { code?: string }).code === DEADLOCK && attempt < 3) {
        this.logger.warn(`deadlock on a batch at line ${batch[0]?.line}; retrying`);
        return this.writeWithRetry(batch, now, attempt + 1);
      }
      throw error;
    }
  }
}
