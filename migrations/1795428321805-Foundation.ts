import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795428321805 implements MigrationInterface {
  name = 'Foundation1795428321805';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "organisations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(200) NOT NULL,
                "kind" character varying(20) NOT NULL,
                "default_jurisdictions" character varying(2) array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "actor_user_id" uuid,
                "action" character varying(80) NOT NULL,
                "target_type" character varying(60) NOT NULL,
                "target_id" character varying(100),
                "changes" jsonb NOT NULL DEFAULT '{}',
                "request_id" character varying(128),
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_91d46044e4c934c1b5f1ea229d" ON "audit_events" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_AUDIT_EVENTS_ORG_CREATED" ON "audit_events" ("organisation_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" character varying(254) NOT NULL,
                "display_name" character varying(120),
                "password_hash" character varying(300),
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_USERS_EMAIL" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" character varying(20) NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'active',
                "invite_token_hash" character varying(64),
                "invite_expires_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_55c59139e9136eb9a76ed30c6d" ON "memberships" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON "memberships" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_MEMBERSHIPS_INVITE_TOKEN" ON "memberships" ("invite_token_hash")
            WHERE invite_token_hash IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_MEMBERSHIPS_ORG_USER" ON "memberships" ("organisation_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_reason" character varying(20),
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f1637a074f8d1b683067002b6c" ON "refresh_tokens" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3ddc983c5f7bcf132fd8732c3f" ON "refresh_tokens" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens" ("family_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ba3bd69c8ad1e799c0256e9e50" ON "refresh_tokens" ("expires_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_REFRESH_TOKENS_HASH" ON "refresh_tokens" ("token_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_events"
            ADD CONSTRAINT "FK_91d46044e4c934c1b5f1ea229d1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_f1637a074f8d1b683067002b6cf" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_f1637a074f8d1b683067002b6cf"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_events" DROP CONSTRAINT "FK_91d46044e4c934c1b5f1ea229d1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_REFRESH_TOKENS_HASH"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ba3bd69c8ad1e799c0256e9e50"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3ddc983c5f7bcf132fd8732c3f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f1637a074f8d1b683067002b6c"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_MEMBERSHIPS_ORG_USER"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_MEMBERSHIPS_INVITE_TOKEN"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7c1e2fdfed4f6838e0c05ae505"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_55c59139e9136eb9a76ed30c6d"
        `);
    await queryRunner.query(`
            DROP TABLE "memberships"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_USERS_EMAIL"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_AUDIT_EVENTS_ORG_CREATED"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_91d46044e4c934c1b5f1ea229d"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
    await queryRunner.query(`
            DROP TABLE "organisations"
        `);
  }
}
