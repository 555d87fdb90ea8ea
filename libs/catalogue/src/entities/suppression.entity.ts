import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * GDPR erasure: a creator who asked to be forgotten is kept out of imports and refreshes by the
 * sha256 of `platform:handle` (and of `platform#externalId`), never by the handle itself.
 */
@Entity('suppressions')
export class SuppressionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  keyHash: string;

  @Column({ type: 'varchar', length: 20 })
  reason: 'erasure_request';

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
