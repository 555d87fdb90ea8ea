import { AudienceProfileEntity } from './audience-profile.entity';
import { FollowerSampleEntity } from './follower-sample.entity';
import { InfluencerListEntity, InfluencerListItemEntity } from './influencer-list.entity';
import { InfluencerOverlayEntity } from './influencer-overlay.entity';
import { InfluencerEntity } from './influencer.entity';
import { MetricSnapshotEntity } from './metric-snapshot.entity';
import { PlatformAccountEntity } from './platform-account.entity';
import { PostEntity } from './post.entity';
import { RefreshRequestEntity } from './refresh-request.entity';
import { SuppressionEntity } from './suppression.entity';

export * from './audience-profile.entity';
export * from './follower-sample.entity';
export * from './influencer-list.entity';
export * from './influencer-overlay.entity';
export * from './influencer.entity';
export * from './metric-snapshot.entity';
export * from './platform-account.entity';
export * from './post.entity';
export * from './refresh-request.entity';
export * from './suppression.entity';

export const CATALOGUE_ENTITIES = [
  InfluencerEntity,
  PlatformAccountEntity,
  PostEntity,
  MetricSnapshotEntity,
  AudienceProfileEntity,
  FollowerSampleEntity,
  SuppressionEntity,
  InfluencerOverlayEntity,
  InfluencerListEntity,
  InfluencerListItemEntity,
  RefreshRequestEntity,
];
