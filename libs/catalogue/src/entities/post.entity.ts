import { BaseEntity } from '@fitscout/database';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { PostKind } from '../catalogue.constants';
import { PlatformAccountEntity } from './platform-account.entity';

@Entity('posts')
@Index('UQ_POSTS_ACCOUNT_EXTERNAL_ID', ['accountId', 'externalId'], { unique: true })
@Index('IDX_POSTS_ACCOUNT_PUBLISHED', ['accountId', 'publishedAt'])
export class PostEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => PlatformAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: PlatformAccountEntity;

  @Column({ type: 'varchar', length: 100 })
  externalId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PostKind;

  @Column({ type: 'timestamptz' })
  publishedAt: Date;

  @Column({ type: 'text', nullable: true })
  caption: string | null;

  @Column({ type: 'varchar', length: 100, array: true, default: () => "'{}'" })
  hashtags: string[];

  @Column({ type: 'varchar', length: 100, array: true, default: () => "'{}'" })
  mentions: string[];

  /** null: the creator hides like counts. */
  @Column({ type: 'integer', nullable: true })
  likes: number | null;

  @Column({ type: 'integer', nullable: true })
  comments: number | null;

  @Column({ type: 'integer', nullable: true })
  shares: number | null;

  @Column({ type: 'integer', nullable: true })
  saves: number | null;

  @Column({
    type: 'bigint',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  views: number | null;

  @Column({ type: 'boolean', default: false })
  isPaidPartnership: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;
}
