import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { PlatformAccountEntity } from './platform-account.entity';

export interface SampledFollower {
  posts: number;
  followers: number;
  following: number;
  hasProfilePicture: boolean;
  isPrivate: boolean;
  usernameLength: number;
  digitsInUsername: number;
}

/** A sample of the account's followers (features only, no identities) for audience-quality scoring. */
@Entity('follower_samples')
export class FollowerSampleEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @OneToOne(() => PlatformAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: PlatformAccountEntity;

  @Column({ type: 'jsonb' })
  followers: SampledFollower[];

  @Column({ type: 'timestamptz', precision: 3 })
  capturedAt: Date;
}
