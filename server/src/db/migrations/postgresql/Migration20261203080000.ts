import { Migration } from '@mikro-orm/migrations';

/**
 * Technical-assistance providers, their claims against the state's provider criteria, and the
 * districts' assessments of them. The new enum value is not used in this transaction (PostgreSQL
 * refuses that until it commits).
 */
export class Migration20261203080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "partner_kind" add value if not exists 'TECHNICAL_ASSISTANCE' before 'OTHER';`);
    this.addSql(`create type "provider_rating" as enum ('MEETS', 'PARTIALLY_MEETS', 'DOES_NOT_MEET');`);
    this.addSql(
      `create table "provider_claim" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "partner_id" int not null, "criterion_id" int not null, "evidence" text not null, "evidence_url" varchar(500) null, "claimed_at" timestamptz not null, "withdrawn_at" timestamptz null);`,
    );
    this.addSql(`create index "provider_claim_criterion_id_index" on "provider_claim" ("criterion_id");`);
    this.addSql(
      `alter table "provider_claim" add constraint "provider_claim_partner_id_criterion_id_unique" unique ("partner_id", "criterion_id");`,
    );
    this.addSql(
      `alter table "provider_claim" add constraint "provider_claim_partner_id_foreign" foreign key ("partner_id") references "partner_organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "provider_claim" add constraint "provider_claim_criterion_id_foreign" foreign key ("criterion_id") references "provider_criterion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "provider_assessment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "district_id" int not null, "partner_id" int not null, "criterion_id" int not null, "rating" "provider_rating" not null, "note" text null, "assessed_by_id" int null, "assessed_by_name" varchar(300) not null, "assessed_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "provider_assessment_partner_id_criterion_id_index" on "provider_assessment" ("partner_id", "criterion_id");`,
    );
    this.addSql(
      `alter table "provider_assessment" add constraint "provider_assessment_district_id_partner_id_criterion_id_unique" unique ("district_id", "partner_id", "criterion_id");`,
    );
    this.addSql(
      `alter table "provider_assessment" add constraint "provider_assessment_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "provider_assessment" add constraint "provider_assessment_partner_id_foreign" foreign key ("partner_id") references "partner_organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "provider_assessment" add constraint "provider_assessment_criterion_id_foreign" foreign key ("criterion_id") references "provider_criterion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "provider_assessment" add constraint "provider_assessment_assessed_by_id_foreign" foreign key ("assessed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  /** Drops the claims and assessments; the partner kind stays (rows may use it). */
  override async down(): Promise<void> {
    this.addSql(`drop table "provider_assessment";`);
    this.addSql(`drop table "provider_claim";`);
    this.addSql(`drop type "provider_rating";`);
  }
}
