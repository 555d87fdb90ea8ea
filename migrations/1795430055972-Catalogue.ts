import { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalogue1795430055972 implements MigrationInterface {
  name = 'Catalogue1795430055972';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "influencers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "source_key" character varying(200) NOT NULL,
                "display_name" character varying(200) NOT NULL,
                "bio" text,
                "languages" character varying(8) array NOT NULL DEFAULT '{}',
                "country" character(2),
                "region" character varying(100),
                "categories" character varying(30) array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_a5bbdc11f7898f2a695208b337a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_INFLUENCERS_SOURCE_KEY" ON "influencers" ("source_key")
        `);
    await queryRunner.query(`
            CREATE TABLE "platform_accounts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "influencer_id" uuid NOT NULL,
                "platform" character varying(20) NOT NULL,
                "handle" character varying(100) NOT NULL,
                "external_id" character varying(100),
                "url" character varying(500),
                "followers" integer NOT NULL DEFAULT '0',
                "following" integer,
                "post_count" integer,
                "verified" boolean NOT NULL DEFAULT false,
                "bio" text,
                "last_posted_at" TIMESTAMP WITH TIME ZONE,
                "status" character varying(20) NOT NULL DEFAULT 'active',
                "engagement_rate" real,
                "engagement" jsonb,
                "follower_growth_30d" real,
                "country" character(2),
                "region" character varying(100),
                "languages" character varying(8) array NOT NULL DEFAULT '{}',
                "categories" character varying(30) array NOT NULL DEFAULT '{}',
                "search_document" tsvector,
                "metrics_updated_at" TIMESTAMP WITH TIME ZONE,
                "posts_updated_at" TIMESTAMP WITH TIME ZONE,
                "audience_updated_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_3ee99dfeb0ac9a79b966cc296f9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_118ecec00479904be6c157e575" ON "platform_accounts" ("influencer_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ACCOUNTS_ACTIVE_GROWTH" ON "platform_accounts" ("follower_growth_30d", "id")
            WHERE status = 'active'
                AND follower_growth_30d IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ACCOUNTS_ACTIVE_ENGAGEMENT" ON "platform_accounts" ("engagement_rate", "id")
            WHERE status = 'active'
                AND engagement_rate IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ACCOUNTS_ACTIVE_COUNTRY_FOLLOWERS" ON "platform_accounts" ("country", "followers", "id")
            WHERE status = 'active'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ACCOUNTS_ACTIVE_PLATFORM_FOLLOWERS" ON "platform_accounts" ("platform", "followers", "id")
            WHERE status = 'active'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ACCOUNTS_ACTIVE_FOLLOWERS" ON "platform_accounts" ("followers", "id")
            WHERE status = 'active'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_ACCOUNTS_PLATFORM_HANDLE" ON "platform_accounts" ("platform", "handle")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_ACCOUNTS_PLATFORM_EXTERNAL_ID" ON "platform_accounts" ("platform", "external_id")
            WHERE external_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "audience_profiles" (
                "account_id" uuid NOT NULL,
                "countries" jsonb NOT NULL DEFAULT '{}',
                "languages" jsonb NOT NULL DEFAULT '{}',
                "age_bands" jsonb NOT NULL DEFAULT '{}',
                "genders" jsonb NOT NULL DEFAULT '{}',
                "sample_size" integer,
                "captured_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d4fe08ba1b0ad599eb7d9e6caeb" PRIMARY KEY ("account_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "follower_samples" (
                "account_id" uuid NOT NULL,
                "followers" jsonb NOT NULL,
                "captured_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_e78ae4224b80e1e66b9469b3f92" PRIMARY KEY ("account_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "influencer_lists" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "name" character varying(120) NOT NULL,
                "description" text,
                CONSTRAINT "PK_fb1eee80ac1bf59b3c352044fce" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_79e48a3ea06fe120644f1e379f" ON "influencer_lists" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_LISTS_ORG_NAME" ON "influencer_lists" ("organisation_id", "name")
        `);
    await queryRunner.query(`
            CREATE TABLE "influencer_list_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "list_id" uuid NOT NULL,
                "influencer_id" uuid NOT NULL,
                "added_by_user_id" uuid,
                CONSTRAINT "PK_ef16023f1b0994bfd89a4cbb50d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e53deec485e6d8fc811414eb94" ON "influencer_list_items" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_08ad34e19b577b80686db3ee59" ON "influencer_list_items" ("influencer_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_LIST_ITEMS_LIST_INFLUENCER" ON "influencer_list_items" ("list_id", "influencer_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "influencer_overlays" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "influencer_id" uuid NOT NULL,
                "tracked_at" TIMESTAMP(3) WITH TIME ZONE,
                "notes" text,
                "tags" character varying(50) array NOT NULL DEFAULT '{}',
                "contact" jsonb,
                "rates" jsonb NOT NULL DEFAULT '[]',
                CONSTRAINT "PK_ac65b5e7da7bdab82e86dacb874" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9242a82afa9e6a756dc4c54694" ON "influencer_overlays" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_dabf4ebb72ad03c7b37b8e4904" ON "influencer_overlays" ("influencer_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_OVERLAYS_ORG_INFLUENCER" ON "influencer_overlays" ("organisation_id", "influencer_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "metric_snapshots" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "account_id" uuid NOT NULL,
                "captured_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "followers" integer NOT NULL,
                "following" integer,
                "post_count" integer,
                "engagement_rate" real,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e7df991ed7476a98b561fc45083" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_METRIC_SNAPSHOTS_ACCOUNT_CAPTURED" ON "metric_snapshots" ("account_id", "captured_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "posts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "account_id" uuid NOT NULL,
                "external_id" character varying(100) NOT NULL,
                "kind" character varying(20) NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "caption" text,
                "hashtags" character varying(100) array NOT NULL DEFAULT '{}',
                "mentions" character varying(100) array NOT NULL DEFAULT '{}',
                "likes" integer,
                "comments" integer,
                "shares" integer,
                "saves" integer,
                "views" bigint,
                "is_paid_partnership" boolean NOT NULL DEFAULT false,
                "url" character varying(500),
                CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_POSTS_ACCOUNT_PUBLISHED" ON "posts" ("account_id", "published_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_POSTS_ACCOUNT_EXTERNAL_ID" ON "posts" ("account_id", "external_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "account_refresh_requests" (
                "account_id" uuid NOT NULL,
                "requested_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "reason" character varying(40) NOT NULL,
                "requested_by_organisation_id" uuid,
                CONSTRAINT "PK_4bc485ab1eac3d733f381f3d5d8" PRIMARY KEY ("account_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5369011c719c5a70295c95c81c" ON "account_refresh_requests" ("requested_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "suppressions" (
                "key_hash" character varying(64) NOT NULL,
                "reason" character varying(20) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7b421bb5136665e557d47ede126" PRIMARY KEY ("key_hash")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "platform_accounts"
            ADD CONSTRAINT "FK_118ecec00479904be6c157e5758" FOREIGN KEY ("influencer_id") REFERENCES "influencers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "audience_profiles"
            ADD CONSTRAINT "FK_d4fe08ba1b0ad599eb7d9e6caeb" FOREIGN KEY ("account_id") REFERENCES "platform_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "follower_samples"
            ADD CONSTRAINT "FK_e78ae4224b80e1e66b9469b3f92" FOREIGN KEY ("account_id") REFERENCES "platform_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_lists"
            ADD CONSTRAINT "FK_79e48a3ea06fe120644f1e379ff" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_list_items"
            ADD CONSTRAINT "FK_e53deec485e6d8fc811414eb94b" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_list_items"
            ADD CONSTRAINT "FK_355e475d47b0c74183db57e4ba6" FOREIGN KEY ("list_id") REFERENCES "influencer_lists"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_list_items"
            ADD CONSTRAINT "FK_08ad34e19b577b80686db3ee59b" FOREIGN KEY ("influencer_id") REFERENCES "influencers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_overlays"
            ADD CONSTRAINT "FK_9242a82afa9e6a756dc4c546947" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_overlays"
            ADD CONSTRAINT "FK_dabf4ebb72ad03c7b37b8e4904a" FOREIGN KEY ("influencer_id") REFERENCES "influencers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "metric_snapshots"
            ADD CONSTRAINT "FK_e1d58c62a2bf75ee30fa3e6974e" FOREIGN KEY ("account_id") REFERENCES "platform_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "FK_e3bab03a7dee745151598930014" FOREIGN KEY ("account_id") REFERENCES "platform_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "FK_e3bab03a7dee745151598930014"
        `);
    await queryRunner.query(`
            ALTER TABLE "metric_snapshots" DROP CONSTRAINT "FK_e1d58c62a2bf75ee30fa3e6974e"
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_overlays" DROP CONSTRAINT "FK_dabf4ebb72ad03c7b37b8e4904a"
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_overlays" DROP CONSTRAINT "FK_9242a82afa9e6a756dc4c546947"
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_list_items" DROP CONSTRAINT "FK_08ad34e19b577b80686db3ee59b"
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_list_items" DROP CONSTRAINT "FK_355e475d47b0c74183db57e4ba6"
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_list_items" DROP CONSTRAINT "FK_e53deec485e6d8fc811414eb94b"
        `);
    await queryRunner.query(`
            ALTER TABLE "influencer_lists" DROP CONSTRAINT "FK_79e48a3ea06fe120644f1e379ff"
        `);
    await queryRunner.query(`
            ALTER TABLE "follower_samples" DROP CONSTRAINT "FK_e78ae4224b80e1e66b9469b3f92"
        `);
    await queryRunner.query(`
            ALTER TABLE "audience_profiles" DROP CONSTRAINT "FK_d4fe08ba1b0ad599eb7d9e6caeb"
        `);
    await queryRunner.query(`
            ALTER TABLE "platform_accounts" DROP CONSTRAINT "FK_118ecec00479904be6c157e5758"
        `);
    await queryRunner.query(`
            DROP TABLE "suppressions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5369011c719c5a70295c95c81c"
        `);
    await queryRunner.query(`
            DROP TABLE "account_refresh_requests"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_POSTS_ACCOUNT_EXTERNAL_ID"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_POSTS_ACCOUNT_PUBLISHED"
        `);
    await queryRunner.query(`
            DROP TABLE "posts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_METRIC_SNAPSHOTS_ACCOUNT_CAPTURED"
        `);
    await queryRunner.query(`
            DROP TABLE "metric_snapshots"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_OVERLAYS_ORG_INFLUENCER"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_dabf4ebb72ad03c7b37b8e4904"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9242a82afa9e6a756dc4c54694"
        `);
    await queryRunner.query(`
            DROP TABLE "influencer_overlays"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_LIST_ITEMS_LIST_INFLUENCER"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_08ad34e19b577b80686db3ee59"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e53deec485e6d8fc811414eb94"
        `);
    await queryRunner.query(`
            DROP TABLE "influencer_list_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_LISTS_ORG_NAME"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_79e48a3ea06fe120644f1e379f"
        `);
    await queryRunner.query(`
            DROP TABLE "influencer_lists"
        `);
    await queryRunner.query(`
            DROP TABLE "follower_samples"
        `);
    await queryRunner.query(`
            DROP TABLE "audience_profiles"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_ACCOUNTS_PLATFORM_EXTERNAL_ID"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_ACCOUNTS_PLATFORM_HANDLE"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ACCOUNTS_ACTIVE_FOLLOWERS"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ACCOUNTS_ACTIVE_PLATFORM_FOLLOWERS"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ACCOUNTS_ACTIVE_COUNTRY_FOLLOWERS"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ACCOUNTS_ACTIVE_ENGAGEMENT"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ACCOUNTS_ACTIVE_GROWTH"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_118ecec00479904be6c157e575"
        `);
    await queryRunner.query(`
            DROP TABLE "platform_accounts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_INFLUENCERS_SOURCE_KEY"
        `);
    await queryRunner.query(`
            DROP TABLE "influencers"
        `);
  }
}
