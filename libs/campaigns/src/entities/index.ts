import { CampaignEntity } from './campaign.entity';
import { CampaignComplianceAlertEntity } from './compliance-alert.entity';
import {
  CollaborationEntity,
  CollaborationFeedbackEntity,
  CollaborationStageChangeEntity,
} from './collaboration.entity';
import { ContentDraftEntity } from './content-draft.entity';
import { DeliverableEntity } from './deliverable.entity';

export * from './campaign.entity';
export * from './collaboration.entity';
export * from './compliance-alert.entity';
export * from './content-draft.entity';
export * from './deliverable.entity';

export const CAMPAIGN_ENTITIES = [
  CampaignEntity,
  CollaborationEntity,
  CollaborationStageChangeEntity,
  CollaborationFeedbackEntity,
  DeliverableEntity,
  ContentDraftEntity,
  CampaignComplianceAlertEntity,
];
