import { AuditModule } from '@fitscout/audit';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CATALOGUE_ENTITIES } from './entities';
import { ListsService } from './curation/lists.service';
import { OverlayService } from './curation/overlay.service';
import { CatalogueImportService } from './import/catalogue-import.service';
import { DiscoveryService } from './discovery/discovery.service';
import { PrivacyService } from './privacy/privacy.service';
import { InfluencerReadService } from './read/influencer-read.service';

/** The public creator catalogue and the organisations' private overlays on it. */
@Module({
  imports: [TypeOrmModule.forFeature(CATALOGUE_ENTITIES), AuditModule],
  providers: [
    CatalogueImportService,
    InfluencerReadService,
    OverlayService,
    ListsService,
    PrivacyService,
    DiscoveryService,
  ],
  exports: [
    CatalogueImportService,
    InfluencerReadService,
    OverlayService,
    ListsService,
    PrivacyService,
    DiscoveryService,
    TypeOrmModule,
  ],
})
export class CatalogueModule {}
