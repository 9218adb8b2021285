import { Migration } from '@mikro-orm/migrations';

/** The ten District Conditions for Scale per district: status, narrative, dated evidence, publication. */
export class Migration20261203070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "readiness_condition" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "district_id" int not null, "condition" "district_condition" not null, "status" text check ("status" in ('NOT_STARTED', 'EMERGING', 'IN_PLACE', 'SUSTAINED')) not null, "narrative" text null, "updated_by_user_id" int null, "updated_by_name" varchar(300) not null);`);
    this.addSql(`alter table "readiness_condition" add constraint "readiness_condition_district_id_condition_unique" unique ("district_id", "condition");`);
    this.addSql(`create table "condition_evidence" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "district_id" int not null, "condition" "district_condition" not null, "kind" text check ("kind" in ('LINK', 'DOCUMENT', 'CURRICULUM_REVIEW', 'ASSESSMENT_SYSTEM', 'TECHNOLOGY_ACCESS_POLICY', 'PROFESSIONAL_LEARNING_PROGRAM', 'OTHER')) not null, "title" varchar(300) not null, "url" varchar(500) null, "date" date not null, "note" text null);`);
    this.addSql(`create index "condition_evidence_district_id_condition_date_index" on "condition_evidence" ("district_id", "condition", "date");`);
    this.addSql(`create table "district_readiness" ("id" serial primary key, "district_id" int not null, "published_at" timestamptz null, "published_by_name" varchar(300) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "district_readiness" add constraint "district_readiness_district_id_unique" unique ("district_id");`);
    this.addSql(`alter table "readiness_condition" add constraint "readiness_condition_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "condition_evidence" add constraint "condition_evidence_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "district_readiness" add constraint "district_readiness_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "condition_evidence";');
    this.addSql('drop table "readiness_condition";');
    this.addSql('drop table "district_readiness";');
  }
}
