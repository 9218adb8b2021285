import { Migration } from '@mikro-orm/migrations';

export class Migration20261201183304 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "member_role" as enum ('DISTRICT_ADMIN', 'DISTRICT_STAFF', 'STATE_REVIEWER', 'PARTNER_ADMIN', 'PARTNER_MEMBER');`,
    );
    this.addSql(`create type "api_token_scope" as enum ('READ', 'READ_WRITE');`);
    this.addSql(`create type "vetting_kind" as enum ('AGREEMENT', 'INSURANCE', 'BACKGROUND_CHECK');`);
    this.addSql(
      `create table "audit_entry" ("id" serial primary key, "created_at" timestamptz not null, "actor_user_id" int null, "actor_token_id" int null, "actor_label" varchar(300) not null, "district_id" int null, "partner_id" int null, "action" varchar(80) not null, "target_type" varchar(60) not null, "target_id" int not null, "changes" jsonb not null, "request_id" varchar(64) not null);`,
    );
    this.addSql(
      `create index "audit_entry_target_type_target_id_id_index" on "audit_entry" ("target_type", "target_id", "id");`,
    );
    this.addSql(`create index "audit_entry_partner_id_id_index" on "audit_entry" ("partner_id", "id");`);
    this.addSql(`create index "audit_entry_district_id_id_index" on "audit_entry" ("district_id", "id");`);

    this.addSql(
      `create table "app_user" ("id" serial primary key, "email" varchar(320) not null, "name" varchar(200) not null, "password_hash" varchar(200) not null, "created_at" timestamptz not null, "password_changed_at" timestamptz not null);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "user_session" ("id" serial primary key, "secret_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ip" varchar(64) null, "user_agent" varchar(300) null, "revoked_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "user_session" add constraint "user_session_secret_hash_unique" unique ("secret_hash");`,
    );
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(
      `create table "password_reset" ("id" serial primary key, "secret_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_secret_hash_unique" unique ("secret_hash");`,
    );
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);

    this.addSql(
      `create table "membership" ("id" serial primary key, "user_id" int not null, "role" "member_role" not null, "district_id" int null, "partner_id" int null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "membership_district_id_index" on "membership" ("district_id");`);
    this.addSql(`create index "membership_partner_id_index" on "membership" ("partner_id");`);
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_partner_id_unique" unique ("user_id", "partner_id");`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_district_id_unique" unique ("user_id", "district_id");`,
    );

    this.addSql(
      `create table "invitation" ("id" serial primary key, "secret_hash" varchar(64) not null, "email" varchar(320) not null, "role" "member_role" not null, "district_id" int null, "partner_id" int null, "invited_by_id" int null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_id" int null, "revoked_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_secret_hash_unique" unique ("secret_hash");`,
    );
    this.addSql(`create index "invitation_district_id_index" on "invitation" ("district_id");`);
    this.addSql(`create index "invitation_partner_id_index" on "invitation" ("partner_id");`);

    this.addSql(
      `create table "api_token" ("id" serial primary key, "name" varchar(200) not null, "secret_hash" varchar(64) not null, "prefix" varchar(16) not null, "scope" "api_token_scope" not null, "district_id" int null, "partner_id" int null, "created_by_id" int null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "expires_at" timestamptz null, "revoked_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`,
    );
    this.addSql(`create index "api_token_district_id_index" on "api_token" ("district_id");`);
    this.addSql(`create index "api_token_partner_id_index" on "api_token" ("partner_id");`);

    this.addSql(
      `create table "vetting_record" ("id" serial primary key, "partnership_id" int not null, "kind" "vetting_kind" not null, "verified_on" date null, "expires_on" date null, "document_url" varchar(500) null, "note" text null, "updated_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(
      `alter table "vetting_record" add constraint "vetting_record_partnership_id_kind_unique" unique ("partnership_id", "kind");`,
    );

    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_partner_id_foreign" foreign key ("partner_id") references "partner_organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "invitation" add constraint "invitation_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_partner_id_foreign" foreign key ("partner_id") references "partner_organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "api_token" add constraint "api_token_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_partner_id_foreign" foreign key ("partner_id") references "partner_organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "vetting_record" add constraint "vetting_record_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "district" add column "version" int not null default 1;`);

    this.addSql(
      `alter table "partner_organization" add column "created_by_district_id" int null, add column "archived_at" timestamptz null, add column "version" int not null default 1;`,
    );
    this.addSql(
      `alter table "partner_organization" add constraint "partner_organization_created_by_district_id_foreign" foreign key ("created_by_district_id") references "district" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "partner_contact" add column "version" int not null default 1;`);

    this.addSql(`alter table "partnership" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`alter table "password_reset" drop constraint "password_reset_user_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_accepted_by_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop table if exists "password_reset" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "vetting_record" cascade;`);

    this.addSql(
      `alter table "partner_organization" drop constraint "partner_organization_created_by_district_id_foreign";`,
    );

    this.addSql(`alter table "district" drop column "version";`);

    this.addSql(`alter table "partner_contact" drop column "version";`);

    this.addSql(
      `alter table "partner_organization" drop column "created_by_district_id", drop column "archived_at", drop column "version";`,
    );

    this.addSql(`alter table "partnership" drop column "version";`);

    this.addSql(`drop type "member_role";`);
    this.addSql(`drop type "api_token_scope";`);
    this.addSql(`drop type "vetting_kind";`);
  }
}
