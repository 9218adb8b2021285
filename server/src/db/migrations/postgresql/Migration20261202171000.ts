import { Migration } from '@mikro-orm/migrations';

/**
 * Flexibility applications of districts: the application with its assurance narratives, its areas
 * of flexibility, the immutable submissions and the state's decisions.
 */
export class Migration20261202171000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "flexibility_application" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "district_id" int not null, "first_school_year" int not null, "stage" text check ("stage" in ('DRAFT', 'APPLIED', 'CONDITIONALLY_APPROVED', 'PLAN_SUBMITTED', 'RETURNED', 'APPROVED', 'SUSTAINABILITY_PLAN_SUBMITTED', 'COMPLETED')) not null default 'DRAFT', "planning_process" text null, "implementation_plan" text null, "continuous_improvement" text null, "funding_alignment" text null);`);
    this.addSql(`alter table "flexibility_application" add constraint "flexibility_application_district_id_unique" unique ("district_id");`);
    this.addSql(`create table "flexibility_area" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "application_id" int not null, "area" text check ("area" in ('CURRICULUM_AND_INSTRUCTION', 'ASSESSMENT_AND_STUDENT_SUPPORTS', 'PROFESSIONAL_AND_LEADERSHIP_DEVELOPMENT', 'TECHNOLOGY_AND_DATA', 'LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS')) not null, "requirement" varchar(500) not null, "justification" text null, "objective_ids" jsonb not null, "conditions" jsonb not null, "status" text check ("status" in ('PROPOSED', 'REQUESTED', 'GRANTED', 'DENIED', 'RETURNED')) not null, "additional" boolean not null default false, "position" int not null);`);
    this.addSql(`create index "flexibility_area_application_id_position_index" on "flexibility_area" ("application_id", "position");`);
    this.addSql(`create table "flexibility_submission" ("id" serial primary key, "application_id" int not null, "number" int not null, "kind" text check ("kind" in ('APPLICATION', 'IMPLEMENTATION_PLAN', 'ADDITIONAL_AREA', 'SUSTAINABILITY_PLAN')) not null, "content" jsonb not null, "submitted_by_user_id" int null, "submitted_by_name" varchar(300) not null, "submitted_at" timestamptz not null);`);
    this.addSql(`alter table "flexibility_submission" add constraint "flexibility_submission_application_id_number_unique" unique ("application_id", "number");`);
    this.addSql(`create table "flexibility_decision" ("id" serial primary key, "application_id" int not null, "submission_id" int null, "area_id" int null, "kind" text check ("kind" in ('CONDITIONAL_APPROVAL', 'APPROVAL', 'RETURN_FOR_REVISION', 'ADDITIONAL_AREA_APPROVAL', 'ADDITIONAL_AREA_RETURN')) not null, "stage_before" text check ("stage_before" in ('DRAFT', 'APPLIED', 'CONDITIONALLY_APPROVED', 'PLAN_SUBMITTED', 'RETURNED', 'APPROVED', 'SUSTAINABILITY_PLAN_SUBMITTED', 'COMPLETED')) not null, "stage_after" text check ("stage_after" in ('DRAFT', 'APPLIED', 'CONDITIONALLY_APPROVED', 'PLAN_SUBMITTED', 'RETURNED', 'APPROVED', 'SUSTAINABILITY_PLAN_SUBMITTED', 'COMPLETED')) not null, "rationale" text not null, "required_changes" text null, "decided_by_user_id" int null, "decided_by_name" varchar(300) not null, "decided_at" timestamptz not null);`);
    this.addSql(`create index "flexibility_decision_application_id_decided_at_index" on "flexibility_decision" ("application_id", "decided_at");`);
    this.addSql(`alter table "flexibility_application" add constraint "flexibility_application_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "flexibility_area" add constraint "flexibility_area_application_id_foreign" foreign key ("application_id") references "flexibility_application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "flexibility_submission" add constraint "flexibility_submission_application_id_foreign" foreign key ("application_id") references "flexibility_application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "flexibility_decision" add constraint "flexibility_decision_application_id_foreign" foreign key ("application_id") references "flexibility_application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "flexibility_decision" add constraint "flexibility_decision_submission_id_foreign" foreign key ("submission_id") references "flexibility_submission" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "flexibility_decision" add constraint "flexibility_decision_area_id_foreign" foreign key ("area_id") references "flexibility_area" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "flexibility_decision" cascade;');
    this.addSql('drop table if exists "flexibility_submission" cascade;');
    this.addSql('drop table if exists "flexibility_area" cascade;');
    this.addSql('drop table if exists "flexibility_application" cascade;');
  }
}
