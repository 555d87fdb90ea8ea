import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountAuthenticityCopy1795434324508 implements MigrationInterface {
  name = 'AccountAuthenticityCopy1795434324508';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "platform_accounts"
            ADD "authenticity_score" real
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ACCOUNTS_ACTIVE_COUNTRY_AUTHENTICITY" ON "platform_accounts" ("country", "authenticity_score", "id")
            WHERE status = 'active'
                AND authenticity_score IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ACCOUNTS_ACTIVE_COUNTRY_AUTHENTICITY"
        `);
    await queryRunner.query(`
            ALTER TABLE "platform_accounts" DROP COLUMN "authenticity_score"
        `);
  }
}
