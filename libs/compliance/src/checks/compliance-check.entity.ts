import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index } from 'typeorm';
import type {
  AudienceJurisdiction,
  ComplianceCheckInput,
  ComplianceCheckResult,
  FindingCode,
  RulesetVersion,
  Verdict,
} from '../compliance.types';
import type { ComplianceCheckSource } from './check-record';

/**
 * One stored compliance check of an organisation: the input as judged and the engine's full result, plus the
 * columns lists filter on (verdict, codes, jurisdictions). A check is never changed after it is written.
 */
@Entity('compliance_checks')
// Newest-first keyset pagination, with and without the verdict filter.
@Index('IDX_COMPLIANCE_CHECKS_ORG_CREATED', ['organisationId', 'createdAt', 'id'])
@Index('IDX_COMPLIANCE_CHECKS_ORG_VERDICT_CREATED', ['organisationId', 'verdict', 'createdAt', 'id'])
@Index('IDX_COMPLIANCE_CHECKS_BATCH', ['batchId'], { where: 'batch_id IS NOT NULL' })
// GIN indexes for the array containment filters (`codes @> ARRAY[...]`) are in the hand-edited migration:
// TypeORM cannot declare an index method.
@Index('IDX_COMPLIANCE_CHECKS_CODES', { synchronize: false })
@Index('IDX_COMPLIANCE_CHECKS_JURISDICTIONS', { synchronize: false })
export class ComplianceCheckEntity extends TenantScopedEntity {
  @Column({ type: 'jsonb' })
  input: ComplianceCheckInput;

  @Column({ type: 'varchar', length: 20 })
  verdict: Verdict;

  /** Distinct finding codes over every audience judged (not only the deciding ones), in vocabulary order. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  codes: FindingCode[];

  /** The audiences judged, in input order (may include EU member states such as `IE`). */
  @Column({ type: 'text', array: true })
  jurisdictions: AudienceJurisdiction[];

  @Column({ type: 'jsonb' })
  result: ComplianceCheckResult;

  @Column({ type: 'jsonb' })
  rulesetVersions: RulesetVersion[];

  /** Null when the system checked on its own (e.g. a published post picked up by the worker). */
  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'varchar', length: 20 })
  source: ComplianceCheckSource;

  @Column({ type: 'uuid', nullable: true })
  batchId: string | null;
}
