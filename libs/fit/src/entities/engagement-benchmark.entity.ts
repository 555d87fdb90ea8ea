import type { EngagementBenchmark } from '@fitscout/scoring';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A versioned engagement benchmark built from the catalogue. Versions are never overwritten, so every stored
 * score can name the distribution it was compared with; exactly one version is active at a time.
 */
@Entity('engagement_benchmarks')
@Index('UQ_ENGAGEMENT_BENCHMARKS_ACTIVE', ['active'], { unique: true, where: 'active' })
export class EngagementBenchmarkEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  version: string;

  @Column({ type: 'timestamptz', precision: 3 })
  builtAt: Date;

  /** Accounts with an engagement rate the benchmark was built from (before the per-bucket minimum). */
  @Column({ type: 'integer' })
  accountCount: number;

  @Column({ type: 'jsonb' })
  data: EngagementBenchmark;

  @Column({ type: 'boolean', default: false })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
