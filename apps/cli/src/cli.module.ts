import { CatalogueModule } from '@fitscout/catalogue';
import { ConfigModule } from '@fitscout/config';
import { DatabaseModule } from '@fitscout/database';
import { FitModule } from '@fitscout/fit';
import { IdentityModule } from '@fitscout/identity';
import { TenancyModule } from '@fitscout/tenancy';
import { Module } from '@nestjs/common';

/** The domain services operators need, without HTTP or queues. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot({ applicationName: 'fitscout-cli' }),
    TenancyModule,
    IdentityModule,
    CatalogueModule,
    FitModule,
  ],
})
export class CliModule {}
