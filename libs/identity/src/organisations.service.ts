import { AuditService } from '@fitscout/audit';
import { DomainError } from '@fitscout/common';
import { type AudienceJurisdiction, OrganisationEntity, type OrganisationKind } from '@fitscout/tenancy';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from './actor';
import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password-hasher';

export interface CreateOrganisationInput {
  name: string;
  kind: OrganisationKind;
  defaultJurisdictions?: AudienceJurisdiction[];
  owner: { email: string; password: string; displayName?: string };
}

export interface UpdateOrganisationInput {
  name?: string;
  kind?: OrganisationKind;
  defaultJurisdictions?: AudienceJurisdiction[];
}

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates an organisation with its first owner in one transaction. An existing user
   * (matched by email) becomes the owner; their password is left unchanged.
   */
  async create(
    input: CreateOrganisationInput,
    actorUserId: string | null = null,
  ): Promise<OrganisationEntity> {
    const passwordHash = await hashPassword(input.owner.password);
    return this.dataSource.transaction(async (em) => {
      const org = await em.save(
        em.create(OrganisationEntity, {
          name: input.name.trim(),
          kind: input.kind,
          defaultJurisdictions: input.defaultJurisdictions ?? [],
        }),
      );
      const email = input.owner.email.trim().toLowerCase();
      let user = await em.findOne(UserEntity, { where: { email } });
      user ??= await em.save(
        em.create(UserEntity, {
          email,
          displayName: input.owner.displayName ?? null,
          passwordHash,
          lastLoginAt: null,
        }),
      );
      await em.insert(MembershipEntity, {
        organisationId: org.id,
        userId: user.id,
        role: 'owner',
        status: 'active',
      });
      await this.audit.record(em, {
        organisationId: org.id,
        actorUserId,
        action: 'organisation.created',
        targetType: 'organisation',
        targetId: org.id,
        changes: { name: org.name, kind: org.kind, owner: email },
      });
      return org;
    });
  }

  async get(organisationId: string): Promise<OrganisationEntity> {
    const org = await this.dataSource
      .getRepository(OrganisationEntity)
      .findOne({ where: { id: organisationId } });
    if (!org) throw DomainError.notFound('Organisation');
    return org;
  }

  async findByName(name: string): Promise<OrganisationEntity | null> {
    return this.dataSource
      .getRepository(OrganisationEntity)
      .findOne({ where: { name }, order: { createdAt: 'ASC' } });
  }

  async update(actor: Actor, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (em) => {
      const org = await em.findOne(OrganisationEntity, {
        where: { id: actor.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!org) throw DomainError.notFound('Organisation');
      const before = { name: org.name, kind: org.kind, defaultJurisdictions: org.defaultJurisdictions };
      if (input.name !== undefined) org.name = input.name.trim();
      if (input.kind !== undefined) org.kind = input.kind;
      if (input.defaultJurisdictions !== undefined)
        org.defaultJurisdictions = [...new Set(input.defaultJurisdictions)];
      const saved = await em.save(org);
      await this.audit.record(em, {
        organisationId: org.id,
        actorUserId: actor.userId,
        requestId: actor.requestId,
        action: 'organisation.updated',
        targetType: 'organisation',
        targetId: org.id,
        changes: {
          before,
          after: { name: saved.name, kind: saved.kind, defaultJurisdictions: saved.defaultJurisdictions },
        },
      });
      return saved;
    });
  }
}
