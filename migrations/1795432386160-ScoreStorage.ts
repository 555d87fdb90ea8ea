import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoreStorage1795432386160 implements MigrationInterface {
  name = 'ScoreStorage1795432386160';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "account_scores" (
                "account_id" uuid NOT NULL,
                "engagement_score" real,
                "authenticity_score" real,
                "engagement" jsonb NOT NULL,
                "authenticity" jsonb NOT NULL,
                "engagement_confidence" character varying(20) NOT NULL,
                "authenticity_confidence" character varying(20) NOT NULL,
                "benchmark_version" character varying(120),
                "computed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b003f3c351f799b9577c3cff9c1" PRIMARY KEY ("account_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ACCOUNT_SCORES_AUTHENTICITY" ON "account_scores" ("authenticity_score")
        `);
    await queryRunner.query(`
            CREATE TABLE "engagement_benchmarks" (
                "version" character varying(100) NOT NULL,
                "built_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "account_count" integer NOT NULL,
                "data" jsonb NOT NULL,
                "active" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_adfa500b43d4931114fcf9491ab" PRIMARY KEY ("version")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_ENGAGEMENT_BENCHMARKS_ACTIVE" ON "engagement_benchmarks" ("active")
            WHERE active
        `);
    await queryRunner.query(`
            ALTER TABLE "account_scores"
            ADD CONSTRAINT "FK_b003f3c351f799b9577c3cff9c1" FOREIGN KEY ("account_id") REFERENCES "platform_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "account_scores" DROP CONSTRAINT "FK_b003f3c351f799b9577c3cff9c1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_ENGAGEMENT_BENCHMARKS_ACTIVE"
        `);
    await queryRunner.query(`
            DROP TABLE "engagement_benchmarks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ACCOUNT_SCORES_AUTHENTICITY"
        `);
    await queryRunner.query(`
            DROP TABLE "account_scores"
        `);
  }
}
