import { PlatformAccountEntity } from '@fitscout/catalogue';
import type { AccountFeatures, ConfidenceLevel } from '@fitscout/scoring';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The stored engagement and authenticity scores of one platform account (public catalogue data, one row per
 * account): the numbers discovery filters and sorts on, and the derived features they were computed from.
 * Scoring is pure, so features + benchmark version + computedAt reproduce the full explanation on read without
 * storing kilobytes of JSON per account (which made re-scoring the catalogue write-bound).
 */
@Entity('account_scores')
@Index('IDX_ACCOUNT_SCORES_AUTHENTICITY', ['authenticityScore'])
export class AccountScoreEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @OneToOne(() => PlatformAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: PlatformAccountEntity;

  /** 0–100; null when the data cannot support a score (`engagementConfidence = insufficient_data`). */
  @Column({ type: 'real', nullable: true })
  engagementScore: number | null;

  @Column({ type: 'real', nullable: true })
  authenticityScore: number | null;

  /** What the scores were computed from (@fitscout/scoring features.ts); explanations are re-derived from it. */
  @Column({ type: 'jsonb' })
  features: AccountFeatures;

  /** The account's `updated_at` the features were derived from; a different value means they are stale. */
  @Column({ type: 'timestamptz', precision: 3 })
  sourceVersion: Date;

  @Column({ type: 'varchar', length: 20 })
  engagementConfidence: ConfidenceLevel;

  @Column({ type: 'varchar', length: 20 })
  authenticityConfidence: ConfidenceLevel;

  /** Version of the benchmark the scores were compared with (the key to re-derive their explanation). */
  @Column({ type: 'varchar', length: 120 })
  benchmarkVersion: string;

  @Column({ type: 'timestamptz', precision: 3 })
  computedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
