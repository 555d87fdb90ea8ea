import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InfluencerEntity } from './influencer.entity';

/** A named list of creators ("Merkliste") of one organisation. */
@Entity('influencer_lists')
@Index('UQ_LISTS_ORG_NAME', ['organisationId', 'name'], { unique: true })
export class InfluencerListEntity extends TenantScopedEntity {
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

@Entity('influencer_list_items')
@Index('UQ_LIST_ITEMS_LIST_INFLUENCER', ['listId', 'influencerId'], { unique: true })
export class InfluencerListItemEntity extends TenantScopedEntity {
  @Column({ type: 'uuid' })
  listId: string;

  @ManyToOne(() => InfluencerListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: InfluencerListEntity;

  @Index()
  @Column({ type: 'uuid' })
  influencerId: string;

  @ManyToOne(() => InfluencerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'influencer_id' })
  influencer?: InfluencerEntity;

  @Column({ type: 'uuid', nullable: true })
  addedByUserId: string | null;
}
