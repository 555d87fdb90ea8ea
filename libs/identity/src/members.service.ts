import { AuditService } from '@fitscout/audit';
import {
  decodeCursor,
  DomainError,
  ErrorCode,
  type Page,
  type PageQueryDto,
  pageLimit,
  toPage,
} from '@fitscout/common';
import { type Role, roleAtLeast } from '@fitscout/tenancy';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { AuthService } from './auth.service';
import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { newOpaqueToken, sha256Hex } from './opaque-token';
import { hashPassword } from './password-hasher';

const INVITE_TTL_MS = 7 * 86_400_000;

export interface AddMemberResult {
  membership: MembershipEntity & { user: UserEntity };
  /** Shown once, only when a new user was invited; they set their password with it. */
  invitationToken: string | null;
}

@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  /** The role of an active member, or null: the guard's per-request lookup (one indexed row). */
  async activeRole(organisationId: string, userId: string): Promise<Role | null> {
    const m = await this.dataSource.getRepository(MembershipEntity).findOne({
      select: { role: true },
      where: { organisationId, userId, status: 'active' },
    });
    return m?.role ?? null;
  }

  async list(
    organisationId: string,
    query: PageQueryDto,
  ): Promise<Page<MembershipEntity & { user: UserEntity }>> {
    const limit = pageLimit(query);
    const qb = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.organisation_id = :organisationId', { organisationId })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1);
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      qb.andWhere('(m.created_at, m.id) > (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = (await qb.getMany()) as (MembershipEntity & { user: UserEntity })[];
    return toPage(
      rows,
      limit,
      (m) => [m.createdAt.toISOString(), m.id],
      (m) => m,
    );
  }

  async get(organisationId: string, userId: string): Promise<MembershipEntity & { user: UserEntity }> {
    const m = await this.dataSource
      .getRepository(MembershipEntity)
      .findOne({ where: { organisationId, userId }, relations: { user: true } });
    if (!m) throw DomainError.notFound('Member');
    return m as MembershipEntity & { user: UserEntity };
  }

  /**
   * Adds an existing user at once. A new user is invited with a one-time token, unless an operator
   * (CLI) sets their password directly.
   */
  async add(
    actor: Actor,
    input: { email: string; role: Role; displayName?: string; password?: string },
  ): Promise<AddMemberResult> {
    this.assertMayAssign(actor, input.role);
    const email = input.email.trim().toLowerCase();
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const result = await this.dataSource.transaction(async (em) => {
      let user = await em.findOne(UserEntity, { where: { email } });
      let invitationToken: string | null = null;
      if (!user) {
        user = await em.save(
          em.create(UserEntity, {
            email,
            displayName: input.displayName ?? null,
            passwordHash,
            lastLoginAt: null,
          }),
        );
        if (!passwordHash) invitationToken = newOpaqueToken('fsi_');
      }
      const existing = await em.findOne(MembershipEntity, {
        where: { organisationId: actor.organisationId, userId: user.id },
      });
      if (existing) throw DomainError.conflict(`${email} is already a member of this organisation.`);
      const membership = await em.save(
        em.create(MembershipEntity, {
          organisationId: actor.organisationId,
          userId: user.id,
          role: input.role,
          status: invitationToken ? 'invited' : 'active',
          inviteTokenHash: invitationToken ? sha256Hex(invitationToken) : null,
          inviteExpiresAt: invitationToken ? new Date(Date.now() + INVITE_TTL_MS) : null,
        }),
      );
      await this.audit.record(em, {
        ...this.auditBase(actor, user.id),
        action: invitationToken ? 'member.invited' : 'member.added',
        changes: { email, role: input.role },
      });
      return { membership: Object.assign(membership, { user }), invitationToken };
    });
    return result;
  }

  async changeRole(
    actor: Actor,
    userId: string,
    role: Role,
  ): Promise<MembershipEntity & { user: UserEntity }> {
    await this.dataSource.transaction(async (em) => {
      const m = await this.lockMembership(em, actor.organisationId, userId);
      if (m.role === role) return;
      this.assertMayManage(actor, m.role);
      this.assertMayAssign(actor, role);
      if (m.role === 'owner') await this.assertNotLastOwner(em, actor.organisationId);
      await em.update(MembershipEntity, { id: m.id }, { role });
      await this.audit.record(em, {
        ...this.auditBase(actor, userId),
        action: 'member.role_changed',
        changes: { before: { role: m.role }, after: { role } },
      });
    });
    return this.get(actor.organisationId, userId);
  }

  async remove(actor: Actor, userId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const m = await this.lockMembership(em, actor.organisationId, userId);
      this.assertMayManage(actor, m.role);
      if (m.role === 'owner') await this.assertNotLastOwner(em, actor.organisationId);
      await em.delete(MembershipEntity, { id: m.id });
      await this.auth.revokeUserTokens(em, actor.organisationId, userId);
      await this.audit.record(em, {
        ...this.auditBase(actor, userId),
        action: 'member.removed',
        changes: { role: m.role },
      });
    });
  }

  /** Sets the invited user's password (if they have none yet) and activates the membership. */
  async acceptInvitation(
    token: string,
    password: string,
    displayName?: string,
  ): Promise<{ organisationId: string; email: string }> {
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (em) => {
      const m = await em
        .getRepository(MembershipEntity)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.invite_token_hash = :hash', { hash: sha256Hex(token) })
        .getOne();
      if (!m || m.status !== 'invited' || !m.inviteExpiresAt || m.inviteExpiresAt.getTime() < Date.now()) {
        throw new DomainError(ErrorCode.InvalidToken, 'The invitation is invalid or has expired.');
      }
      const user = await em
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('u.id = :id', { id: m.userId })
        .getOneOrFail();
      await em.update(
        UserEntity,
        { id: user.id },
        {
          passwordHash: user.passwordHash ?? passwordHash,
          displayName: user.displayName ?? displayName ?? null,
        },
      );
      await em.update(
        MembershipEntity,
        { id: m.id },
        { status: 'active', inviteTokenHash: null, inviteExpiresAt: null },
      );
      await this.audit.record(em, {
        organisationId: m.organisationId,
        actorUserId: user.id,
        action: 'member.joined',
        targetType: 'member',
        targetId: user.id,
        changes: { role: m.role },
      });
      return { organisationId: m.organisationId, email: user.email };
    });
  }

  private auditBase(actor: Actor, userId: string) {
    return {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      requestId: actor.requestId,
      targetType: 'member',
      targetId: userId,
    };
  }

  private async lockMembership(
    em: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<MembershipEntity> {
    const m = await em.findOne(MembershipEntity, {
      where: { organisationId, userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!m) throw DomainError.notFound('Member');
    return m;
  }

  /** Only owners may hand out the owner role. */
  private assertMayAssign(actor: Actor, role: Role): void {
    if (role === 'owner' && actor.role !== 'owner') {
      throw DomainError.forbidden('Only an owner can grant the owner role.', { requiredRole: 'owner' });
    }
    if (!roleAtLeast(actor.role, 'admin')) {
      throw DomainError.forbidden('Managing members requires the admin role.', { requiredRole: 'admin' });
    }
  }

  /** Only owners may change or remove an owner. */
  private assertMayManage(actor: Actor, targetRole: Role): void {
    if (targetRole === 'owner' && actor.role !== 'owner') {
      throw DomainError.forbidden('Only an owner can change or remove an owner.', { requiredRole: 'owner' });
    }
  }

  private async assertNotLastOwner(em: EntityManager, organisationId: string): Promise<void> {
    // Lock every owner row so two admins demoting the two last owners at once cannot both win.
    const owners = await em.find(MembershipEntity, {
      where: { organisationId, role: 'owner', status: 'active' },
      lock: { mode: 'pessimistic_write' },
    });
    if (owners.length <= 1) {
      throw DomainError.conflict('An organisation must keep at least one owner.');
    }
  }
}
