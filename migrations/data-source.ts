import 'reflect-metadata';
import { AuditEventEntity } from '@fitscout/audit';
import { CAMPAIGN_ENTITIES } from '@fitscout/campaigns';
import { CATALOGUE_ENTITIES } from '@fitscout/catalogue';
import { ComplianceCheckEntity } from '@fitscout/compliance';
import { loadConfig } from '@fitscout/config';
import { FIT_ENTITIES } from '@fitscout/fit';
import { buildDataSourceOptions, MIGRATIONS_GLOB } from '@fitscout/database';
import { MembershipEntity, RefreshTokenEntity, UserEntity } from '@fitscout/identity';
import { OrganisationEntity } from '@fitscout/tenancy';
import { DataSource } from 'typeorm';

/**
 * For the TypeORM CLI only (`npm run migration:generate|run|revert`). Every entity must be listed:
 * the drift check (`npm run migration:check`) fails if one is missing or changed without a migration.
 */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  MembershipEntity,
  RefreshTokenEntity,
  AuditEventEntity,
  ...CATALOGUE_ENTITIES,
  ComplianceCheckEntity,
  ...FIT_ENTITIES,
  ...CAMPAIGN_ENTITIES,
];

export default new DataSource(
  buildDataSourceOptions(loadConfig().database, {
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
  }),
);
