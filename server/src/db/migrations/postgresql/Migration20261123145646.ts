import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145646 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "partner_kind" as enum ('BUSINESS', 'NONPROFIT', 'HIGHER_EDUCATION', 'GOVERNMENT', 'RECREATION', 'JUVENILE_JUSTICE', 'FAITH_BASED', 'HEALTHCARE', 'OTHER');`,
    );
    this.addSql(
      `create type "opportunity_type" as enum ('APPRENTICESHIP', 'PRE_APPRENTICESHIP', 'CLINICAL_WORK', 'COOPERATIVE_EDUCATION', 'ENTREPRENEURSHIP', 'JOB_SHADOWING', 'MENTORSHIP', 'PAID_INTERNSHIP', 'UNPAID_INTERNSHIP', 'ON_THE_JOB', 'SCHOOL_BASED_ENTERPRISE', 'SERVICE_LEARNING', 'SIMULATED_WORKSITE', 'SUPERVISED_AGRICULTURAL', 'EXTENDED_LEARNING', 'OTHER');`,
    );
    this.addSql(`create type "location_mode" as enum ('ON_SITE', 'REMOTE', 'HYBRID');`);
    this.addSql(`create type "compensation" as enum ('PAID', 'STIPEND', 'UNPAID');`);
    this.addSql(`create type "partnership_status" as enum ('PROSPECT', 'ACTIVE', 'PAUSED', 'ENDED');`);
    this.addSql(
      `create table "district" ("id" serial primary key, "name" varchar(200) not null, "slug" varchar(80) not null, "state" varchar(2) not null, "nces_lea_id" varchar(7) not null, "city" varchar(120) null, "website" varchar(500) null, "description" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`alter table "district" add constraint "district_slug_unique" unique ("slug");`);
    this.addSql(
      `alter table "district" add constraint "district_nces_lea_id_unique" unique ("nces_lea_id");`,
    );

    this.addSql(
      `create table "opportunity_list_version" ("id" serial primary key, "district_id" int not null, "number" int not null, "published_at" timestamptz not null, "published_by_name" varchar(200) not null, "summary" text null, "opportunity_count" int not null);`,
    );
    this.addSql(
      `create index "opportunity_list_version_district_id_id_index" on "opportunity_list_version" ("district_id", "id");`,
    );
    this.addSql(
      `alter table "opportunity_list_version" add constraint "opportunity_list_version_district_id_number_unique" unique ("district_id", "number");`,
    );

    this.addSql(
      `create table "partner_organization" ("id" serial primary key, "name" varchar(200) not null, "slug" varchar(120) not null, "kind" "partner_kind" not null, "website" varchar(500) null, "description" text null, "address" varchar(300) null, "city" varchar(120) null, "state" varchar(2) null, "postal_code" varchar(10) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "partner_organization" add constraint "partner_organization_slug_unique" unique ("slug");`,
    );

    this.addSql(
      `create table "partner_contact" ("id" serial primary key, "partner_id" int not null, "name" varchar(200) not null, "title" varchar(200) null, "email" varchar(320) null, "phone" varchar(40) null, "publishable" boolean not null default false);`,
    );
    this.addSql(`create index "partner_contact_partner_id_index" on "partner_contact" ("partner_id");`);

    this.addSql(
      `create table "opportunity" ("id" serial primary key, "version_id" int not null, "district_id" int not null, "partner_id" int null, "listing_id" varchar(36) not null, "position" int not null, "title" varchar(200) not null, "summary" varchar(500) not null, "description" text not null, "type" "opportunity_type" not null, "location_mode" "location_mode" not null, "street" varchar(300) null, "city" varchar(120) null, "state" varchar(2) null, "postal_code" varchar(10) null, "start_date" date null, "end_date" date null, "hours_per_week" real null, "grade_min" int not null, "grade_max" int not null, "minimum_age" int null, "other_requirements" text null, "capacity" int null, "compensation" "compensation" not null, "compensation_details" varchar(200) null, "earns_credit" boolean not null default false, "credit_amount" real null, "credit_subject" varchar(200) null, "career_cluster" varchar(120) null, "skills" jsonb not null, "apply_url" varchar(1000) null, "apply_email" varchar(320) null, "apply_instructions" text null, "deadline" date null, "accessibility_notes" text null, "transport_notes" text null, "contact_name" varchar(200) null, "contact_email" varchar(320) null, "contact_phone" varchar(40) null, "contact_publishable" boolean not null default false, "first_published_at" timestamptz not null, "search_text" text not null);`,
    );
    this.addSql(`create index "opportunity_listing_id_index" on "opportunity" ("listing_id");`);
    this.addSql(`create index "opportunity_partner_id_index" on "opportunity" ("partner_id");`);
    this.addSql(
      `create index "opportunity_version_id_deadline_index" on "opportunity" ("version_id", "deadline");`,
    );

    this.addSql(
      `create table "partnership" ("id" serial primary key, "district_id" int not null, "partner_id" int not null, "status" "partnership_status" not null, "start_date" date null, "end_date" date null, "commitments" text null, "conditions" jsonb not null, "participates_in_vision" boolean not null default false, "agreement_url" varchar(500) null, "agreement_signed_on" date null, "agreement_renewal_on" date null, "district_contact_name" varchar(200) null, "district_contact_email" varchar(320) null, "partner_contact_name" varchar(200) null, "partner_contact_email" varchar(320) null, "notes" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "partnership_partner_id_index" on "partnership" ("partner_id");`);
    this.addSql(
      `alter table "partnership" add constraint "partnership_district_id_partner_id_unique" unique ("district_id", "partner_id");`,
    );

    this.addSql(
      `alter table "opportunity_list_version" add constraint "opportunity_list_version_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "partner_contact" add constraint "partner_contact_partner_id_foreign" foreign key ("partner_id") references "partner_organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "opportunity" add constraint "opportunity_version_id_foreign" foreign key ("version_id") references "opportunity_list_version" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "opportunity" add constraint "opportunity_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "opportunity" add constraint "opportunity_partner_id_foreign" foreign key ("partner_id") references "partner_organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "partnership" add constraint "partnership_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_partner_id_foreign" foreign key ("partner_id") references "partner_organization" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "opportunity_list_version" drop constraint "opportunity_list_version_district_id_foreign";`,
    );

    this.addSql(`alter table "opportunity" drop constraint "opportunity_district_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_district_id_foreign";`);

    this.addSql(`alter table "opportunity" drop constraint "opportunity_version_id_foreign";`);

    this.addSql(`alter table "partner_contact" drop constraint "partner_contact_partner_id_foreign";`);

    this.addSql(`alter table "opportunity" drop constraint "opportunity_partner_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_partner_id_foreign";`);

    this.addSql(`drop table if exists "district" cascade;`);

    this.addSql(`drop table if exists "opportunity_list_version" cascade;`);

    this.addSql(`drop table if exists "partner_organization" cascade;`);

    this.addSql(`drop table if exists "partner_contact" cascade;`);

    this.addSql(`drop table if exists "opportunity" cascade;`);

    this.addSql(`drop table if exists "partnership" cascade;`);

    this.addSql(`drop type "partner_kind";`);
    this.addSql(`drop type "opportunity_type";`);
    this.addSql(`drop type "location_mode";`);
    this.addSql(`drop type "compensation";`);
    this.addSql(`drop type "partnership_status";`);
  }
}
