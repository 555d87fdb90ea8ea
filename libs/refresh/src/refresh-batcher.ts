import { PublicationService } from '@fitscout/campaigns';
import { CatalogueImportService, type ImportRecord } from '@fitscout/catalogue';
import { ScoreService } from '@fitscout/fit';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Flush when this many refreshes wait, or after FLUSH_AFTER_MS, whichever comes first. */
export const BATCH_MAX = 250;
export const FLUSH_AFTER_MS = 25;

interface Pending {
  accountId: string;
  record: ImportRecord;
  resolve: (result: { captionChecks: number }) => void;
  reject: (error: unknown) => void;
}

/**
 * Batches the database side of concurrent refresh jobs: each job fetches its account on its own (network-bound),
 * then hands the record here and waits; one flush writes the whole batch through the import path in one
 * transaction, re-scores it in one pass and re-checks tracked captions with one query. Jobs keep their own ids,
 * retries and outcomes; a failed flush fails every job in it, and their retries are harmless because each write
 * is idempotent per refresh window.
 */
@Injectable()
export class RefreshBatcher implements OnModuleDestroy {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly importer: CatalogueImportService,
    private readonly scores: ScoreService,
    private readonly publication: PublicationService,
  ) {}

  write(accountId: string, record: ImportRecord): Promise<{ captionChecks: number }> {
    return new Promise((resolve, reject) => {
      this.pending.push({ accountId, record, resolve, reject });
      if (this.pending.length >= BATCH_MAX) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), FLUSH_AFTER_MS);
    });
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      const now = new Date();
      await this.importer.importRecords(
        batch.map((p) => p.record),
        now,
      );
      const ids = [...new Set(batch.map((p) => p.accountId))];
      await this.scores.recomputeAccounts(ids, { now });
      const checks = await this.recheckTrackedPosts(ids);
      for (const p of batch) p.resolve({ captionChecks: checks.get(p.accountId) ?? 0 });
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.flush();
  }

  /** Posts of these accounts that a published campaign deliverable names: their captions are checked again. */
  private async recheckTrackedPosts(accountIds: readonly string[]): Promise<Map<string, number>> {
    const posts: { id: string; account_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT p.id, p.account_id FROM posts p
         JOIN campaign_deliverables d ON d.status = 'published'
          AND (d.post_id = p.id OR d.external_post_id = p.external_id OR d.post_url = p.url)
        WHERE p.account_id = ANY($1::uuid[])`,
      [accountIds],
    );
    const checks = new Map<string, number>();
    for (const post of posts) {
      const outcomes = await this.publication.checkPublishedCaption({ postId: post.id });
      checks.set(post.account_id, (checks.get(post.account_id) ?? 0) + outcomes.length);
    }
    return checks;
  }
}
