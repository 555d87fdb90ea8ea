import { PlatformAccountEntity } from '@fitscout/catalogue';
import type { ConfidenceLevel, ScoreResult } from '@fitscout/scoring';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The stored engagement and authenticity scores of one platform account (public catalogue data, one row per
 * account). The whole ScoreResult is kept as jsonb so the API can explain a score without recomputing it;
 * the numbers are copied into columns so discovery can filter and sort on them.
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

  @Column({ type: 'jsonb' })
  engagement: ScoreResult<unknown>;

  @Column({ type: 'jsonb' })
  authenticity: ScoreResult<unknown>;

  @Column({ type: 'varchar', length: 20 })
  engagementConfidence: ConfidenceLevel;

  @Column({ type: 'varchar', length: 20 })
  authenticityConfidence: ConfidenceLevel;

  /** The benchmark the engagement score was compared with (with `+published-…` when it fell back). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  benchmarkVersion: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  computedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
