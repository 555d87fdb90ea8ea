import { AuditModule } from '@fitscout/audit';
import { CatalogueModule } from '@fitscout/catalogue';
import { ComplianceChecksModule } from '@fitscout/compliance';
import { FitModule } from '@fitscout/fit';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CAMPAIGN_ENTITIES } from './entities';
import { AlertsService } from './services/alerts.service';
import { CampaignsService } from './services/campaigns.service';
import { CollaborationsService } from './services/collaborations.service';
import { ContentService } from './services/content.service';
import { PipelineService } from './services/pipeline.service';
import { PublicationService } from './services/publication.service';
import { RecommendationsService } from './services/recommendations.service';
import { ReportsService } from './services/reports.service';

const SERVICES = [
  CampaignsService,
  CollaborationsService,
  PipelineService,
  ContentService,
  PublicationService,
  AlertsService,
  RecommendationsService,
  ReportsService,
];

/** Campaigns, the collaboration pipeline, content approval, publication tracking and reports. */
@Module({
  imports: [
    TypeOrmModule.forFeature(CAMPAIGN_ENTITIES),
    AuditModule,
    CatalogueModule,
    ComplianceChecksModule,
    FitModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class CampaignsModule {}
