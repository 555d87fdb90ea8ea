import { MigrationInterface, QueryRunner } from 'typeorm';

export class Campaigns1795437727427 implements MigrationInterface {
  name = 'Campaigns1795437727427';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "campaigns" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "objective" character varying(20) NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "political" boolean NOT NULL DEFAULT false,
                "sponsor" jsonb,
                "budget_amount_minor" bigint NOT NULL,
                "budget_currency" character(3) NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "jurisdictions" character varying(2) array NOT NULL,
                "brief" jsonb NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_by_user_id" uuid,
                "status_changed_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b01ad04a4fc19c5680f244bbd1" ON "campaigns" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_CAMPAIGNS_ORG_CREATED" ON "campaigns" ("organisation_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "campaign_collaborations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                "influencer_id" uuid NOT NULL,
                "account_id" uuid,
                "stage" character varying(30) NOT NULL DEFAULT 'shortlisted',
                "version" integer NOT NULL DEFAULT '1',
                "source" character varying(20) NOT NULL,
                "fee_amount_minor" bigint,
                "fee_currency" character(3),
                "deliverables_plan" jsonb NOT NULL DEFAULT '[]',
                "usage_rights" text,
                "exclusivity" text,
                "notes" text,
                "added_by_user_id" uuid,
                "stage_changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_359c07c14e4d271b4525efbf11c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d3c0259674b38f021c382796ec" ON "campaign_collaborations" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fc9ca80df715bfa5d7e880ef44" ON "campaign_collaborations" ("influencer_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_COLLABORATIONS_ORG_CAMPAIGN" ON "campaign_collaborations" (
                "organisation_id",
                "campaign_id",
                "created_at",
                "id"
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_COLLABORATIONS_CAMPAIGN_INFLUENCER" ON "campaign_collaborations" ("campaign_id", "influencer_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "collaboration_stage_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "collaboration_id" uuid NOT NULL,
                "from_stage" character varying(30),
                "to_stage" character varying(30) NOT NULL,
                "note" text,
                "actor_user_id" uuid,
                "version" integer NOT NULL,
                CONSTRAINT "PK_f713585df70c1a343d2dee2ed4e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1d3511a0013718b9f55bdf34eb" ON "collaboration_stage_changes" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_STAGE_CHANGES_COLLABORATION" ON "collaboration_stage_changes" ("collaboration_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "collaboration_feedback" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "collaboration_id" uuid NOT NULL,
                "note" text NOT NULL,
                "sentiment" character varying(20),
                "author_user_id" uuid,
                CONSTRAINT "PK_30d0ebccca679ab7f9c5e1d7da0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8a088d3d722a41bdf668f08939" ON "collaboration_feedback" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_FEEDBACK_COLLABORATION" ON "collaboration_feedback" ("collaboration_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "campaign_deliverables" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                "collaboration_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "type" character varying(20) NOT NULL,
                "platform" character varying(20) NOT NULL,
                "due_date" date,
                "status" character varying(30) NOT NULL DEFAULT 'planned',
                "approved_draft_id" uuid,
                "post_url" character varying(500),
                "external_post_id" character varying(100),
                "post_id" uuid,
                "published_at" TIMESTAMP(3) WITH TIME ZONE,
                "published_by_user_id" uuid,
                "checked_caption_hash" character varying(64),
                "post_check_id" uuid,
                CONSTRAINT "PK_3e4001fb5a1f3d7308bbb2852df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f16c70314758154bf4f88c4e0c" ON "campaign_deliverables" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5b3bda210295c340433bb3192d" ON "campaign_deliverables" ("post_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_DELIVERABLES_EXTERNAL_POST" ON "campaign_deliverables" ("external_post_id")
            WHERE external_post_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_DELIVERABLES_ORG_CAMPAIGN" ON "campaign_deliverables" ("organisation_id", "campaign_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_DELIVERABLES_COLLABORATION_SEQ" ON "campaign_deliverables" ("collaboration_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "campaign_compliance_alerts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                "collaboration_id" uuid NOT NULL,
                "deliverable_id" uuid NOT NULL,
                "post_id" uuid,
                "compliance_check_id" uuid,
                "caption" text NOT NULL,
                "caption_hash" character varying(64) NOT NULL,
                "verdict" character varying(20) NOT NULL,
                "finding_codes" text array NOT NULL DEFAULT '{}',
                "status" character varying(20) NOT NULL DEFAULT 'open',
                "resolved_by_user_id" uuid,
                "resolved_at" TIMESTAMP(3) WITH TIME ZONE,
                "resolution_note" text,
                CONSTRAINT "PK_1860c5218aa5b003d32d4362ea4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_252cdef5cb8f0aea7e9eb0ad61" ON "campaign_compliance_alerts" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ALERTS_ORG_CAMPAIGN" ON "campaign_compliance_alerts" (
                "organisation_id",
                "campaign_id",
                "created_at",
                "id"
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_ALERTS_DELIVERABLE_CAPTION" ON "campaign_compliance_alerts" ("deliverable_id", "caption_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "content_drafts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                "collaboration_id" uuid NOT NULL,
                "deliverable_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "caption" text NOT NULL,
                "kind" character varying(20) NOT NULL,
                "platform" character varying(20) NOT NULL,
                "paid_partnership_label" boolean NOT NULL,
                "video_disclosure" jsonb,
                "retouched" boolean NOT NULL DEFAULT false,
                "ai_generated" boolean NOT NULL DEFAULT false,
                "status" character varying(30) NOT NULL DEFAULT 'pending_review',
                "compliance_check_id" uuid,
                "verdict" character varying(20) NOT NULL,
                "finding_codes" text array NOT NULL DEFAULT '{}',
                "error_count" integer NOT NULL DEFAULT '0',
                "warning_count" integer NOT NULL DEFAULT '0',
                "note" text,
                "submitted_by_user_id" uuid,
                "reviewed_by_user_id" uuid,
                "reviewed_at" TIMESTAMP(3) WITH TIME ZONE,
                "review_comment" text,
                CONSTRAINT "PK_6349e0790a7b8909e270731e75b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4f5c754d8f0983565bd38aa053" ON "content_drafts" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_DRAFTS_DELIVERABLE_VERSION" ON "content_drafts" ("deliverable_id", "version")
        `);
    await queryRunner.query(`
            ALTER TABLE "campaigns"
            ADD CONSTRAINT "FK_b01ad04a4fc19c5680f244bbd17" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_collaborations"
            ADD CONSTRAINT "FK_d3c0259674b38f021c382796ec5" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_collaborations"
            ADD CONSTRAINT "FK_d7e81c50afe9e8ab939f87d7d29" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_collaborations"
            ADD CONSTRAINT "FK_fc9ca80df715bfa5d7e880ef441" FOREIGN KEY ("influencer_id") REFERENCES "influencers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_collaborations"
            ADD CONSTRAINT "FK_d872ac29819f2257b1c693cfc02" FOREIGN KEY ("account_id") REFERENCES "platform_accounts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration_stage_changes"
            ADD CONSTRAINT "FK_1d3511a0013718b9f55bdf34eb3" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration_stage_changes"
            ADD CONSTRAINT "FK_d4bf0d09cb8e64a181a04c2a65c" FOREIGN KEY ("collaboration_id") REFERENCES "campaign_collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration_feedback"
            ADD CONSTRAINT "FK_8a088d3d722a41bdf668f089397" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration_feedback"
            ADD CONSTRAINT "FK_ae650f8f7a9392e5f5ee97d89d5" FOREIGN KEY ("collaboration_id") REFERENCES "campaign_collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_deliverables"
            ADD CONSTRAINT "FK_f16c70314758154bf4f88c4e0cd" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_deliverables"
            ADD CONSTRAINT "FK_9001731a15e422b8165a6772380" FOREIGN KEY ("collaboration_id") REFERENCES "campaign_collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_deliverables"
            ADD CONSTRAINT "FK_5b3bda210295c340433bb3192d0" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_compliance_alerts"
            ADD CONSTRAINT "FK_252cdef5cb8f0aea7e9eb0ad618" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_compliance_alerts"
            ADD CONSTRAINT "FK_5f80e9cfac6f3dce21c54cc26ad" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_compliance_alerts"
            ADD CONSTRAINT "FK_80b3926a0b48673b540bb7b171a" FOREIGN KEY ("deliverable_id") REFERENCES "campaign_deliverables"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "content_drafts"
            ADD CONSTRAINT "FK_4f5c754d8f0983565bd38aa0534" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "content_drafts"
            ADD CONSTRAINT "FK_a94c5b3256011186ec6f5f840fa" FOREIGN KEY ("deliverable_id") REFERENCES "campaign_deliverables"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "content_drafts"
            ADD CONSTRAINT "FK_979a66ca727c155f03906158df7" FOREIGN KEY ("compliance_check_id") REFERENCES "compliance_checks"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "content_drafts" DROP CONSTRAINT "FK_979a66ca727c155f03906158df7"
        `);
    await queryRunner.query(`
            ALTER TABLE "content_drafts" DROP CONSTRAINT "FK_a94c5b3256011186ec6f5f840fa"
        `);
    await queryRunner.query(`
            ALTER TABLE "content_drafts" DROP CONSTRAINT "FK_4f5c754d8f0983565bd38aa0534"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_compliance_alerts" DROP CONSTRAINT "FK_80b3926a0b48673b540bb7b171a"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_compliance_alerts" DROP CONSTRAINT "FK_5f80e9cfac6f3dce21c54cc26ad"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_compliance_alerts" DROP CONSTRAINT "FK_252cdef5cb8f0aea7e9eb0ad618"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_deliverables" DROP CONSTRAINT "FK_5b3bda210295c340433bb3192d0"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_deliverables" DROP CONSTRAINT "FK_9001731a15e422b8165a6772380"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_deliverables" DROP CONSTRAINT "FK_f16c70314758154bf4f88c4e0cd"
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration_feedback" DROP CONSTRAINT "FK_ae650f8f7a9392e5f5ee97d89d5"
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration_feedback" DROP CONSTRAINT "FK_8a088d3d722a41bdf668f089397"
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration_stage_changes" DROP CONSTRAINT "FK_d4bf0d09cb8e64a181a04c2a65c"
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration_stage_changes" DROP CONSTRAINT "FK_1d3511a0013718b9f55bdf34eb3"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_collaborations" DROP CONSTRAINT "FK_d872ac29819f2257b1c693cfc02"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_collaborations" DROP CONSTRAINT "FK_fc9ca80df715bfa5d7e880ef441"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_collaborations" DROP CONSTRAINT "FK_d7e81c50afe9e8ab939f87d7d29"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaign_collaborations" DROP CONSTRAINT "FK_d3c0259674b38f021c382796ec5"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaigns" DROP CONSTRAINT "FK_b01ad04a4fc19c5680f244bbd17"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_DRAFTS_DELIVERABLE_VERSION"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4f5c754d8f0983565bd38aa053"
        `);
    await queryRunner.query(`
            DROP TABLE "content_drafts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_ALERTS_DELIVERABLE_CAPTION"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ALERTS_ORG_CAMPAIGN"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_252cdef5cb8f0aea7e9eb0ad61"
        `);
    await queryRunner.query(`
            DROP TABLE "campaign_compliance_alerts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_DELIVERABLES_COLLABORATION_SEQ"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_DELIVERABLES_ORG_CAMPAIGN"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_DELIVERABLES_EXTERNAL_POST"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5b3bda210295c340433bb3192d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f16c70314758154bf4f88c4e0c"
        `);
    await queryRunner.query(`
            DROP TABLE "campaign_deliverables"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_FEEDBACK_COLLABORATION"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8a088d3d722a41bdf668f08939"
        `);
    await queryRunner.query(`
            DROP TABLE "collaboration_feedback"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_STAGE_CHANGES_COLLABORATION"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1d3511a0013718b9f55bdf34eb"
        `);
    await queryRunner.query(`
            DROP TABLE "collaboration_stage_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_COLLABORATIONS_CAMPAIGN_INFLUENCER"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_COLLABORATIONS_ORG_CAMPAIGN"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fc9ca80df715bfa5d7e880ef44"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d3c0259674b38f021c382796ec"
        `);
    await queryRunner.query(`
            DROP TABLE "campaign_collaborations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_CAMPAIGNS_ORG_CREATED"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b01ad04a4fc19c5680f244bbd1"
        `);
    await queryRunner.query(`
            DROP TABLE "campaigns"
        `);
  }
}
