import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PlatformAccountEntity } from './platform-account.entity';

/** One row per refresh: the account's figures at that time. Append-only; one per account and capture time. */
@Entity('metric_snapshots')
@Index('UQ_METRIC_SNAPSHOTS_ACCOUNT_CAPTURED', ['accountId', 'capturedAt'], { unique: true })
export class MetricSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => PlatformAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: PlatformAccountEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  capturedAt: Date;

  @Column({ type: 'integer' })
  followers: number;

  @Column({ type: 'integer', nullable: true })
  following: number | null;

  @Column({ type: 'integer', nullable: true })
  postCount: number | null;

  /** The account's engagement rate as computed at capture time. */
  @Column({ type: 'real', nullable: true })
  engagementRate: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
