import { hashPassword, MembershipEntity, UserEntity } from '@fitscout/identity';
import { OrganisationEntity, type OrganisationKind, type Role } from '@fitscout/tenancy';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Every factory user gets this password; its scrypt hash is computed once per process to keep tests fast. */
export const TEST_PASSWORD = 'correct-horse-battery-staple';
let cachedHash: Promise<string> | undefined;
const testPasswordHash = (): Promise<string> => (cachedHash ??= hashPassword(TEST_PASSWORD));

export interface TestMember {
  userId: string;
  email: string;
  role: Role;
  organisationId: string;
}

/** A fresh organisation per test (or suite): tests never depend on each other's data or order. */
export async function createOrganisation(
  ds: DataSource,
  overrides: { name?: string; kind?: OrganisationKind } = {},
): Promise<OrganisationEntity> {
  return ds.getRepository(OrganisationEntity).save({
    name: overrides.name ?? `Test org ${randomUUID().slice(0, 8)}`,
    kind: overrides.kind ?? 'ngo',
    defaultJurisdictions: ['DE'],
  });
}

export async function createMember(ds: DataSource, organisationId: string, role: Role): Promise<TestMember> {
  const email = `${role}-${randomUUID().slice(0, 12)}@test.fitscout.local`;
  const user = await ds.getRepository(UserEntity).save({
    email,
    displayName: `Test ${role}`,
    passwordHash: await testPasswordHash(),
    lastLoginAt: null,
  });
  await ds
    .getRepository(MembershipEntity)
    .insert({ organisationId, userId: user.id, role, status: 'active' });
  return { userId: user.id, email, role, organisationId };
}
