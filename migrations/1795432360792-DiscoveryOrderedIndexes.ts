import { MigrationInterface, QueryRunner } from 'typeorm';

export class DiscoveryOrderedIndexes1795432360792 implements MigrationInterface {
  name = 'DiscoveryOrderedIndexes1795432360792';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "IDX_ACCOUNTS_ACTIVE_COUNTRY_ENGAGEMENT" ON "platform_accounts" ("country", "engagement_rate", "id")
            WHERE status = 'active'
                AND engagement_rate IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ACCOUNTS_ACTIVE_COUNTRY_PLATFORM_FOLLOWERS" ON "platform_accounts" ("country", "platform", "followers", "id")
            WHERE status = 'active'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ACCOUNTS_ACTIVE_COUNTRY_PLATFORM_FOLLOWERS"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ACCOUNTS_ACTIVE_COUNTRY_ENGAGEMENT"
        `);
  }
}
