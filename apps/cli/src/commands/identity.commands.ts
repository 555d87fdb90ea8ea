import { MembersService, OrganisationsService } from '@fitscout/identity';
import { ORGANISATION_KINDS, OrganisationEntity, ROLES, AUDIENCE_JURISDICTIONS } from '@fitscout/tenancy';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CliUsageError, requireEmail, requireOneOf, requireOption, requirePassword } from '../cli-error';

type Options = Record<string, string | undefined>;

export async function createOrganisation(app: INestApplicationContext, options: Options) {
  const name = requireOption(options, 'name');
  if (name.length > 200) throw new CliUsageError('--name must be at most 200 characters', 'name');
  const kind = requireOneOf(requireOption(options, 'kind'), ORGANISATION_KINDS, 'kind');
  const jurisdictions = (options.jurisdictions ?? '')
    .split(',')
    .map((j) => j.trim().toUpperCase())
    .filter(Boolean)
    .map((j) => requireOneOf(j, AUDIENCE_JURISDICTIONS, 'jurisdictions'));
  const org = await app.get(OrganisationsService).create({
    name,
    kind,
    defaultJurisdictions: jurisdictions,
    owner: {
      email: requireEmail(requireOption(options, 'owner-email'), 'owner-email'),
      password: requirePassword(requireOption(options, 'owner-password'), 'owner-password'),
    },
  });
  return {
    organisation: { id: org.id, name: org.name, kind: org.kind },
    owner: { email: options['owner-email'] },
  };
}

export async function addUser(app: INestApplicationContext, options: Options) {
  const orgRef = requireOption(options, 'org');
  const repo = app.get(DataSource).getRepository(OrganisationEntity);
  const isUuid = /^[0-9a-f-]{36}$/i.test(orgRef);
  const org = await repo.findOne({ where: isUuid ? { id: orgRef } : { name: orgRef } });
  if (!org) throw new CliUsageError(`no organisation with id or name "${orgRef}"`, 'org');
  const password = options.password === undefined ? undefined : requirePassword(options.password, 'password');
  const result = await app.get(MembersService).add(
    // The operator acts with owner rights; the audit log records a null actor for CLI actions.
    { organisationId: org.id, userId: null, role: 'owner', requestId: null },
    {
      email: requireEmail(requireOption(options, 'email'), 'email'),
      role: requireOneOf(requireOption(options, 'role'), ROLES, 'role'),
      password,
    },
  );
  return {
    organisationId: org.id,
    userId: result.membership.userId,
    email: result.membership.user.email,
    role: result.membership.role,
    status: result.membership.status,
    invitationToken: result.invitationToken,
  };
}
