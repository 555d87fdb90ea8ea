import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: GIN indexes TypeORM cannot declare (entities mark them `synchronize: false`).
 * - full text over the account's search document (German + English stems);
 * - category and language overlap (`&&`) filters.
 */
export class DiscoveryGinIndexes1795430055973 implements MigrationInterface {
  name = 'DiscoveryGinIndexes1795430055973';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_ACCOUNTS_SEARCH_DOCUMENT" ON "platform_accounts" USING gin ("search_document") WHERE status = 'active'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ACCOUNTS_CATEGORIES" ON "platform_accounts" USING gin ("categories") WHERE status = 'active'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_ACCOUNTS_CATEGORIES"');
    await queryRunner.query('DROP INDEX "public"."IDX_ACCOUNTS_SEARCH_DOCUMENT"');
  }
}
