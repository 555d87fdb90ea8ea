import { BaseEntity } from '@fitscout/database';
import { Column, Entity, Index } from 'typeorm';
import type { Category } from '../catalogue.constants';

/**
 * A creator (person or collective). Public catalogue data shared by all organisations and written
 * only by trusted sources (operator import, platform connectors); organisations add private overlays.
 */
@Entity('influencers')
@Index('UQ_INFLUENCERS_SOURCE_KEY', ['sourceKey'], { unique: true })
export class InfluencerEntity extends BaseEntity {
  /** Import/connector key that groups accounts of one creator (default `platform:handle`). */
  @Column({ type: 'varchar', length: 200 })
  sourceKey: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  /** ISO 639-1 codes. */
  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  languages: string[];

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 30, array: true, default: () => "'{}'" })
  categories: Category[];
}
