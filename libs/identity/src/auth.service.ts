import { DomainError, ErrorCode } from '@fitscout/common';
import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import type { Role } from '@fitscout/tenancy';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AccessTokenService } from './access-token.service';
import { MembershipEntity } from './entities/membership.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';
import { newOpaqueToken, sha256Hex } from './opaque-token';
import { decoyHash, verifyPassword } from './password-hasher';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  organisationId: string;
  userId: string;
  role: Role;
}

const invalidCredentials = (): DomainError =>
  new DomainError(ErrorCode.InvalidCredentials, 'The email or password is wrong.');
const invalidRefresh = (): DomainError =>
  new DomainError(ErrorCode.InvalidToken, 'The refresh token is invalid, expired or revoked.');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Logs in to the given organisation, or to the user's oldest active membership. */
  async login(email: string, password: string, organisationId?: string): Promise<TokenPair> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !user.passwordHash || !ok) throw invalidCredentials();

    const membership = await this.dataSource.getRepository(MembershipEntity).findOne({
      where: { userId: user.id, status: 'active', ...(organisationId ? { organisationId } : {}) },
      order: { createdAt: 'ASC' },
    });
    // Same answer as a wrong password: do not reveal which organisations a user belongs to.
    if (!membership) throw invalidCredentials();

    return this.dataSource.transaction(async (em) => {
      await em.update(UserEntity, { id: user.id }, { lastLoginAt: new Date() });
      return this.issue(em, membership, randomUUID());
    });
  }

  /**
   * Rotates a refresh token. The row is locked so two concurrent refreshes with one token
   * cannot both succeed; a token that was already rotated revokes its whole family.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (em) => {
      const token = await em.findOne(RefreshTokenEntity, {
        where: { tokenHash: sha256Hex(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) return { error: invalidRefresh() };
      if (token.revokedAt) {
        if (token.revokedReason === 'rotated') await this.revokeFamily(em, token.familyId, 'reuse_detected');
        return { error: invalidRefresh() };
      }
      if (token.expiresAt.getTime() <= Date.now()) return { error: invalidRefresh() };
      const membership = await em.findOne(MembershipEntity, {
        where: { userId: token.userId, organisationId: token.organisationId, status: 'active' },
      });
      if (!membership) {
        await this.revokeFamily(em, token.familyId, 'membership_ended');
        return { error: invalidRefresh() };
      }
      await em.update(
        RefreshTokenEntity,
        { id: token.id },
        { revokedAt: new Date(), revokedReason: 'rotated' },
      );
      return { pair: await this.issue(em, membership, token.familyId) };
    });
    // Thrown after commit so the family revocation on reuse is kept, not rolled back.
    if ('error' in outcome) throw outcome.error;
    return outcome.pair;
  }

  /** Revokes the token's whole family. Unknown tokens are ignored: logout is idempotent. */
  async logout(refreshToken: string): Promise<void> {
    const token = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .findOne({ where: { tokenHash: sha256Hex(refreshToken) } });
    if (token) await this.revokeFamily(this.dataSource.manager, token.familyId, 'logout');
  }

  /** Revokes every live refresh token of a user in one organisation (role removed, membership ended). */
  async revokeUserTokens(em: EntityManager, organisationId: string, userId: string): Promise<void> {
    await em.update(
      RefreshTokenEntity,
      { organisationId, userId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: 'membership_ended' },
    );
  }

  private async revokeFamily(
    em: EntityManager,
    familyId: string,
    reason: RefreshTokenEntity['revokedReason'],
  ) {
    await em.update(
      RefreshTokenEntity,
      { familyId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  private async issue(em: EntityManager, membership: MembershipEntity, familyId: string): Promise<TokenPair> {
    const refreshToken = newOpaqueToken('fsr_');
    await em.insert(RefreshTokenEntity, {
      organisationId: membership.organisationId,
      userId: membership.userId,
      familyId,
      tokenHash: sha256Hex(refreshToken),
      expiresAt: new Date(Date.now() + this.config.auth.refreshTtlDays * 86_400_000),
      revokedAt: null,
      revokedReason: null,
    });
    return {
      accessToken: this.accessTokens.sign(membership.userId, membership.organisationId),
      refreshToken,
      expiresIn: this.accessTokens.ttlSeconds,
      organisationId: membership.organisationId,
      userId: membership.userId,
      role: membership.role,
    };
  }
}
