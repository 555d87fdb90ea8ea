import { CampaignsModule } from '@fitscout/campaigns';
import { CatalogueModule } from '@fitscout/catalogue';
import { ConnectorsModule } from '@fitscout/connectors';
import { FitModule } from '@fitscout/fit';
import { Module } from '@nestjs/common';
import { PlatformRateLimiter } from './platform-rate-limiter';
import { RefreshBatcher } from './refresh-batcher';
import { RefreshSchedulerService } from './refresh-scheduler.service';
import { RefreshService } from './refresh.service';

/** Keeping creator metrics fresh: the refresh itself, the freshness scheduler and the outbox relay (JobProducer comes from the global QueueModule). */
@Module({
  imports: [CatalogueModule, FitModule, CampaignsModule, ConnectorsModule],
  providers: [RefreshService, RefreshSchedulerService, RefreshBatcher, PlatformRateLimiter],
  exports: [RefreshService, RefreshSchedulerService, RefreshBatcher],
})
export class RefreshModule {}
