import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, plus two hand-written GIN indexes TypeORM cannot declare (the entity marks them
 * `synchronize: false`): the `code` and `jurisdiction` list filters test array containment (`@>`).
 */
export class ComplianceChecks1795431787470 implements MigrationInterface {
  name = 'ComplianceChecks1795431787470';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "compliance_checks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "input" jsonb NOT NULL,
                "verdict" character varying(20) NOT NULL,
                "codes" text array NOT NULL DEFAULT '{}',
                "jurisdictions" text array NOT NULL,
                "result" jsonb NOT NULL,
                "ruleset_versions" jsonb NOT NULL,
                "created_by_user_id" uuid,
                "source" character varying(20) NOT NULL,
                "batch_id" uuid,
                CONSTRAINT "PK_e64798895fdb89aaef6ca4595a7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9d79bf8811603d27a1e401c96a" ON "compliance_checks" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_COMPLIANCE_CHECKS_BATCH" ON "compliance_checks" ("batch_id")
            WHERE batch_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_COMPLIANCE_CHECKS_ORG_VERDICT_CREATED" ON "compliance_checks" ("organisation_id", "verdict", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_COMPLIANCE_CHECKS_ORG_CREATED" ON "compliance_checks" ("organisation_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_COMPLIANCE_CHECKS_CODES" ON "compliance_checks" USING gin ("codes")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_COMPLIANCE_CHECKS_JURISDICTIONS" ON "compliance_checks" USING gin ("jurisdictions")
        `);
    await queryRunner.query(`
            ALTER TABLE "compliance_checks"
            ADD CONSTRAINT "FK_9d79bf8811603d27a1e401c96ac" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "compliance_checks" DROP CONSTRAINT "FK_9d79bf8811603d27a1e401c96ac"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_COMPLIANCE_CHECKS_JURISDICTIONS"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_COMPLIANCE_CHECKS_CODES"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_COMPLIANCE_CHECKS_ORG_CREATED"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_COMPLIANCE_CHECKS_ORG_VERDICT_CREATED"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_COMPLIANCE_CHECKS_BATCH"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9d79bf8811603d27a1e401c96a"
        `);
    await queryRunner.query(`
            DROP TABLE "compliance_checks"
        `);
  }
}
