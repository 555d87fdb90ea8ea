import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PlatformAccountEntity } from './platform-account.entity';

export type ShareMap = Record<string, number>;

/** The account's audience as shares (0..1) per country, language, age band and gender. One per account. */
@Entity('audience_profiles')
export class AudienceProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @OneToOne(() => PlatformAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: PlatformAccountEntity;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  countries: ShareMap;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  languages: ShareMap;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  ageBands: ShareMap;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  genders: ShareMap;

  @Column({ type: 'integer', nullable: true })
  sampleSize: number | null;

  @Column({ type: 'timestamptz', precision: 3 })
  capturedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
