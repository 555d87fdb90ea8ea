import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import { Module } from '@nestjs/common';
import { ConnectorRegistry } from './connector-registry';

/** Provides the ConnectorRegistry built from AppConfig (needs the global ConfigModule, or APP_CONFIG provided globally). */
@Module({
  providers: [
    {
      provide: ConnectorRegistry,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ConnectorRegistry.fromConfig(config),
    },
  ],
  exports: [ConnectorRegistry],
})
export class ConnectorsModule {}
