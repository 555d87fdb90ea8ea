import { BaseEntity } from '@fitscout/database';
import { Column, Entity, Index } from 'typeorm';

/** A person. Users are global; what they may do lives in their memberships. */
@Entity('users')
@Index('UQ_USERS_EMAIL', ['email'], { unique: true })
export class UserEntity extends BaseEntity {
  /** Stored lower-cased and trimmed. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  displayName: string | null;

  /** `scrypt$N$r$p$salt$hash`; null until an invited user sets a password. */
  @Column({ type: 'varchar', length: 300, nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
