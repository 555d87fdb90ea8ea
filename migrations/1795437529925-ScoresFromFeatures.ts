import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoresFromFeatures1795437529925 implements MigrationInterface {
  name = 'ScoresFromFeatures1795437529925';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Scores are derived data: stored rows cannot be converted (they hold no features), so they are dropped and
    // recomputed with `npm run cli -- scoring:recompute`; the copy on platform_accounts is cleared with them.
    await queryRunner.query(`DELETE FROM "account_scores"`);
    await queryRunner.query(
      `UPDATE "platform_accounts" SET "authenticity_score" = NULL WHERE "authenticity_score" IS NOT NULL`,
    );
    await queryRunner.query(`
            ALTER TABLE "account_scores" DROP COLUMN "engagement"
        `);
    await queryRunner.query(`
            ALTER TABLE "account_scores" DROP COLUMN "authenticity"
        `);
    await queryRunner.query(`
            ALTER TABLE "account_scores"
            ADD "features" jsonb NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "account_scores"
            ADD "source_version" TIMESTAMP(3) WITH TIME ZONE NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "account_scores"
            ALTER COLUMN "benchmark_version"
            SET NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "account_scores"`);
    await queryRunner.query(`
            ALTER TABLE "account_scores"
            ALTER COLUMN "benchmark_version" DROP NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "account_scores" DROP COLUMN "source_version"
        `);
    await queryRunner.query(`
            ALTER TABLE "account_scores" DROP COLUMN "features"
        `);
    await queryRunner.query(`
            ALTER TABLE "account_scores"
            ADD "authenticity" jsonb NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "account_scores"
            ADD "engagement" jsonb NOT NULL
        `);
  }
}
