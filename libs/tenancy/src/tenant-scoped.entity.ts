import { BaseEntity } from '@fitscout/database';
import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/**
 * Base of every tenant-owned table: organisation_id NOT NULL, indexed, cascading on delete.
 * Repositories look rows up by `{ id, organisationId }`, never by id alone.
 */
export abstract class TenantScopedEntity extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
