import { AuditModule } from '@fitscout/audit';
import { CampaignsModule } from '@fitscout/campaigns';
import { CatalogueModule } from '@fitscout/catalogue';
import { ComplianceChecksModule } from '@fitscout/compliance';
import { ConfigModule } from '@fitscout/config';
import { DatabaseModule } from '@fitscout/database';
import { FitModule } from '@fitscout/fit';
import { IdentityModule } from '@fitscout/identity';
import { HealthModule, LoggingModule } from '@fitscout/observability';
import { QueueModule } from '@fitscout/queue';
import { RefreshModule } from '@fitscout/refresh';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { CampaignInsightsController } from './campaigns/campaign-insights.controller';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CollaborationsController } from './campaigns/collaborations.controller';
import { ContentController } from './campaigns/content.controller';
import { ComplianceController } from './compliance/compliance.controller';
import { DiscoveryController } from './discovery/discovery.controller';
import { HealthController } from './health/health.controller';
import { AccountsController } from './influencers/accounts.controller';
import { InfluencersController } from './influencers/influencers.controller';
import { ListsController } from './lists/lists.controller';
import { AuthGuard } from './http/auth.guard';
import { LifecycleLogger } from './lifecycle.logger';
import { ProblemFilter } from './http/problem.filter';
import { MembersController } from './members/members.controller';
import { OrganisationController } from './organisation/organisation.controller';
import { RefreshController } from './refresh/refresh.controller';
import { ScoringController } from './scoring/scoring.controller';

/** HTTP only: controllers, guard and filter; the logic lives in libs shared with the worker. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule.forRoot('api'),
    DatabaseModule.forRoot({ applicationName: 'fitscout-api' }),
    HealthModule,
    QueueModule,
    IdentityModule,
    AuditModule,
    CatalogueModule,
    ComplianceChecksModule,
    FitModule,
    CampaignsModule,
    RefreshModule,
  ],
  controllers: [
    HealthController,
    AuthController,
    OrganisationController,
    MembersController,
    AuditController,
    InfluencersController,
    AccountsController,
    ListsController,
    DiscoveryController,
    ComplianceController,
    ScoringController,
    CampaignsController,
    CampaignInsightsController,
    CollaborationsController,
    ContentController,
    RefreshController,
  ],
  providers: [
    LifecycleLogger,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class ApiModule {}
