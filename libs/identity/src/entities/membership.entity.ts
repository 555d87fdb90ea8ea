import { type Role, TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from './user.entity';

export const MEMBERSHIP_STATUSES = ['active', 'invited'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** A user's place in an organisation, with their role. */
@Entity('memberships')
@Index('UQ_MEMBERSHIPS_ORG_USER', ['organisationId', 'userId'], { unique: true })
export class MembershipEntity extends TenantScopedEntity {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: MembershipStatus;

  /** sha256 of the one-time invitation token; cleared on acceptance. */
  @Index('UQ_MEMBERSHIPS_INVITE_TOKEN', { unique: true, where: 'invite_token_hash IS NOT NULL' })
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  inviteTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  inviteExpiresAt: Date | null;
}
