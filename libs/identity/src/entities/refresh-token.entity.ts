import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index } from 'typeorm';

/**
 * One refresh token of a rotation family. Only its sha256 is stored. Presenting a token that was
 * already rotated revokes the whole family (reuse detection: the token was probably stolen).
 */
@Entity('refresh_tokens')
@Index('UQ_REFRESH_TOKENS_HASH', ['tokenHash'], { unique: true })
export class RefreshTokenEntity extends TenantScopedEntity {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Index()
  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  revokedReason: 'rotated' | 'logout' | 'reuse_detected' | 'membership_ended' | null;
}
