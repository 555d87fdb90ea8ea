import { CatalogueModule } from '@fitscout/catalogue';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FIT_ENTITIES } from './entities';
import { FitDiscoveryService } from './fit-discovery.service';
import { FitService } from './fit.service';
import { ScoreService } from './score.service';

/** Stored scores, benchmarks, fit, fit-ranked discovery and lookalikes over the public catalogue. */
@Module({
  imports: [TypeOrmModule.forFeature(FIT_ENTITIES), CatalogueModule],
  providers: [ScoreService, FitService, FitDiscoveryService],
  exports: [ScoreService, FitService, FitDiscoveryService],
})
export class FitModule {}
