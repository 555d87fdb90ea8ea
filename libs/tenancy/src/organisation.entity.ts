import { BaseEntity } from '@fitscout/database';
import { Column, Entity } from 'typeorm';

export const ORGANISATION_KINDS = ['brand', 'party', 'union', 'ngo', 'agency', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Audience jurisdictions whose ad-labelling law Fitscout checks. */
export const AUDIENCE_JURISDICTIONS = ['US', 'UK', 'DE', 'AT', 'FR', 'EU'] as const;
export type AudienceJurisdiction = (typeof AUDIENCE_JURISDICTIONS)[number];

/** The tenant. Every tenant-owned row points here through TenantScopedEntity.organisationId. */
@Entity('organisations')
export class OrganisationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OrganisationKind;

  @Column({ type: 'varchar', length: 2, array: true, default: () => "'{}'" })
  defaultJurisdictions: AudienceJurisdiction[];
}
