import { Migration } from '@mikro-orm/migrations';

/** Notifications in the app, each person's e-mail choices, the durable mail queue and its signing key. */
export class Migration20261203092006 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "notification_kind" as enum ('LISTING_PUBLISHED', 'LISTING_HELD_BACK', 'LIST_PUBLISHED', 'VETTING_EXPIRING', 'PARTNERSHIP_REQUESTED', 'PARTNERSHIP_ANSWERED', 'COMMENT_MENTION', 'FLEXIBILITY_DECISION');`,
    );
    this.addSql(`create type "notification_delivery" as enum ('IMMEDIATE', 'DAILY_DIGEST', 'OFF');`);
    this.addSql(
      `create table "mail_job" ("id" serial primary key, "dedupe_key" varchar(200) not null, "message" text not null, "run_at" bigint not null, "attempts" int not null, "claimed_by" varchar(200) null, "lease_until" bigint null, "sent_at" bigint null, "given_up_at" bigint null, "last_error" text null, "created_at" bigint not null);`,
    );
    this.addSql(`alter table "mail_job" add constraint "mail_job_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(
      `create index "mail_job_sent_at_given_up_at_run_at_index" on "mail_job" ("sent_at", "given_up_at", "run_at");`,
    );
    this.addSql(
      `create table "notification_signing_key" ("id" int not null, "secret" varchar(100) not null, constraint "notification_signing_key_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "notification_preference" ("id" serial primary key, "user_id" int not null, "kind" "notification_kind" not null, "delivery" "notification_delivery" not null);`,
    );
    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_user_id_kind_unique" unique ("user_id", "kind");`,
    );
    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "notification" ("id" serial primary key, "user_id" int not null, "kind" "notification_kind" not null, "title" varchar(300) not null, "body" text not null, "path" varchar(500) not null, "dedupe_key" varchar(200) not null, "created_at" timestamptz not null, "read_at" timestamptz null, "awaiting_digest" boolean not null default false);`,
    );
    this.addSql(`create index "notification_user_id_read_at_index" on "notification" ("user_id", "read_at");`);
    this.addSql(
      `alter table "notification" add constraint "notification_user_id_dedupe_key_unique" unique ("user_id", "dedupe_key");`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification";`);
    this.addSql(`drop table if exists "notification_preference";`);
    this.addSql(`drop table if exists "notification_signing_key";`);
    this.addSql(`drop table if exists "mail_job";`);
    this.addSql(`drop type "notification_kind";`);
    this.addSql(`drop type "notification_delivery";`);
  }
}
