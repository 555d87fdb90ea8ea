import { CatalogueModule } from '@fitscout/catalogue';
import { ConfigModule } from '@fitscout/config';
import { DatabaseModule } from '@fitscout/database';
import { FitModule } from '@fitscout/fit';
import { IdentityModule } from '@fitscout/identity';
import { HealthModule, LoggingModule } from '@fitscout/observability';
import { QueueModule } from '@fitscout/queue';
import { RefreshModule } from '@fitscout/refresh';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { WorkerHealthController } from './health/worker-health.controller';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { RefreshProcessor } from './processors/refresh.processor';
import { ScoringProcessor } from './processors/scoring.processor';
import { WorkerRuntime } from './runtime/worker-runtime';

/** BullMQ consumers and schedules; same domain libs as the API, no business HTTP. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule.forRoot('worker'),
    DatabaseModule.forRoot({ applicationName: 'fitscout-worker' }),
    HealthModule,
    DiscoveryModule,
    QueueModule,
    IdentityModule,
    CatalogueModule,
    FitModule,
    RefreshModule,
  ],
  controllers: [WorkerHealthController],
  providers: [WorkerRuntime, MaintenanceProcessor, ScoringProcessor, RefreshProcessor],
})
export class WorkerModule {}
