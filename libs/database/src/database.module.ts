import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';

/**
 * TypeORM for an app. Entities register themselves through TypeOrmModule.forFeature in their
 * domain modules (autoLoadEntities); migrations are run by the CLI (`db:migrate`), never at boot.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: { applicationName: string }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            if (config.database.autoCreate) await ensureDatabase(config.database.url);
            return {
              ...buildDataSourceOptions(config.database, { applicationName: options.applicationName }),
              autoLoadEntities: true,
              retryAttempts: 3,
              retryDelay: 1000,
            };
          },
        }),
      ],
    };
  }
}
