import { Migration } from '@mikro-orm/migrations';

/**
 * Implementation plan (goals, objectives with their conditions, listing and partnership links and
 * status history) and funding alignment (programs, sources, allocations, set-aside and fiscal rules),
 * with the programs and default rules as data. Edited by hand: the generated diff also dropped the
 * collaboration log, which has no entity.
 */
export class Migration20261201210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "funding_program_kind" as enum ('FEDERAL', 'STATE', 'LOCAL', 'PRIVATE');`);
    this.addSql(`create type "funding_rule_kind" as enum ('SET_ASIDE_MINIMUM', 'CARRYOVER_MAXIMUM', 'STATE_RESERVATION');`);
    this.addSql(`create type "funding_purpose" as enum ('PROFESSIONAL_DEVELOPMENT', 'LEADERSHIP_DEVELOPMENT', 'INDUCTION_MENTORING', 'RECRUITMENT_RETENTION', 'CLASS_SIZE_REDUCTION', 'WORK_BASED_LEARNING', 'MENTORING', 'CAREER_PREPARATION', 'FAMILY_ENGAGEMENT', 'STUDENT_SUPPORTS', 'TECHNOLOGY', 'ASSESSMENT', 'EXTENDED_LEARNING', 'ADMINISTRATION', 'OTHER');`);
    this.addSql(`create type "objective_status" as enum ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE');`);
    this.addSql(`create type "district_condition" as enum ('CURRICULUM', 'INSTRUCTION', 'ASSESSMENT', 'LEARNING_ENVIRONMENTS', 'STUDENT_SUPPORTS', 'PROFESSIONAL_DEVELOPMENT', 'LEADERSHIP_DEVELOPMENT', 'TECHNOLOGY_POLICY', 'DATA_SYSTEMS', 'PARTNERSHIPS');`);
    this.addSql(`create table "funding_program" ("id" serial primary key, "code" varchar(40) not null, "name" varchar(200) not null, "aln" varchar(7) null, "kind" "funding_program_kind" not null, "description" text null, "allowed_uses" jsonb null, "position" int not null);`);
    this.addSql(`alter table "funding_program" add constraint "funding_program_code_unique" unique ("code");`);

    this.addSql(`create table "funding_rule" ("id" serial primary key, "program_id" int not null, "district_id" int null, "kind" "funding_rule_kind" not null, "purpose" "funding_purpose" null, "basis_points" int not null, "threshold_cents" bigint null, "first_fiscal_year" int null, "last_fiscal_year" int null, "active" boolean not null, "citation" varchar(300) null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create index "funding_rule_district_id_index" on "funding_rule" ("district_id");`);
    this.addSql(`create index "funding_rule_program_id_district_id_index" on "funding_rule" ("program_id", "district_id");`);

    this.addSql(`create table "funding_source" ("id" serial primary key, "district_id" int not null, "program_id" int not null, "fiscal_year" int not null, "name" varchar(200) not null, "amount_cents" bigint not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create index "funding_source_program_id_index" on "funding_source" ("program_id");`);
    this.addSql(`create index "funding_source_district_id_fiscal_year_index" on "funding_source" ("district_id", "fiscal_year");`);

    this.addSql(`create table "plan_goal" ("id" serial primary key, "district_id" int not null, "title" varchar(300) not null, "description" text null, "position" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create index "plan_goal_district_id_position_index" on "plan_goal" ("district_id", "position");`);

    this.addSql(`create table "implementation_plan" ("id" serial primary key, "district_id" int not null, "published_at" timestamptz null, "published_by_name" varchar(300) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "implementation_plan" add constraint "implementation_plan_district_id_unique" unique ("district_id");`);

    this.addSql(`create table "plan_objective" ("id" serial primary key, "district_id" int not null, "goal_id" int not null, "title" varchar(300) not null, "description" text null, "position" int not null, "start_date" date null, "due_date" date null, "plan_year" int null, "responsible_person" varchar(200) null, "responsible_partner_id" int null, "responsible_organization" varchar(200) null, "status" "objective_status" not null, "evidence_tier" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create index "plan_objective_district_id_index" on "plan_objective" ("district_id");`);
    this.addSql(`create index "plan_objective_responsible_partner_id_index" on "plan_objective" ("responsible_partner_id");`);
    this.addSql(`create index "plan_objective_goal_id_position_index" on "plan_objective" ("goal_id", "position");`);

    this.addSql(`create table "plan_objective_status_change" ("id" serial primary key, "objective_id" int not null, "previous_status" "objective_status" null, "status" "objective_status" not null, "note" text null, "changed_at" timestamptz not null, "changed_by_name" varchar(300) not null);`);
    this.addSql(`create index "plan_objective_status_change_objective_id_id_index" on "plan_objective_status_change" ("objective_id", "id");`);

    this.addSql(`create table "plan_objective_listing" ("id" serial primary key, "objective_id" int not null, "listing_id" varchar(36) not null);`);
    this.addSql(`create index "plan_objective_listing_listing_id_index" on "plan_objective_listing" ("listing_id");`);
    this.addSql(`alter table "plan_objective_listing" add constraint "plan_objective_listing_objective_id_listing_id_unique" unique ("objective_id", "listing_id");`);

    this.addSql(`create table "plan_objective_condition" ("id" serial primary key, "objective_id" int not null, "condition" "district_condition" not null);`);
    this.addSql(`alter table "plan_objective_condition" add constraint "plan_objective_condition_objective_id_condition_unique" unique ("objective_id", "condition");`);

    this.addSql(`create table "funding_allocation" ("id" serial primary key, "district_id" int not null, "source_id" int not null, "objective_id" int not null, "amount_cents" bigint not null, "purpose" "funding_purpose" not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create index "funding_allocation_district_id_index" on "funding_allocation" ("district_id");`);
    this.addSql(`create index "funding_allocation_source_id_index" on "funding_allocation" ("source_id");`);
    this.addSql(`create index "funding_allocation_objective_id_index" on "funding_allocation" ("objective_id");`);

    this.addSql(`create table "plan_objective_partnership" ("objective_id" int not null, "partnership_id" int not null, constraint "plan_objective_partnership_pkey" primary key ("objective_id", "partnership_id"));`);

    this.addSql(`alter table "funding_rule" add constraint "funding_rule_program_id_foreign" foreign key ("program_id") references "funding_program" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_rule" add constraint "funding_rule_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "funding_source" add constraint "funding_source_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_source" add constraint "funding_source_program_id_foreign" foreign key ("program_id") references "funding_program" ("id") on update cascade;`);

    this.addSql(`alter table "plan_goal" add constraint "plan_goal_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "implementation_plan" add constraint "implementation_plan_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plan_objective" add constraint "plan_objective_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_objective" add constraint "plan_objective_goal_id_foreign" foreign key ("goal_id") references "plan_goal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_objective" add constraint "plan_objective_responsible_partner_id_foreign" foreign key ("responsible_partner_id") references "partner_organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "plan_objective_status_change" add constraint "plan_objective_status_change_objective_id_foreign" foreign key ("objective_id") references "plan_objective" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plan_objective_listing" add constraint "plan_objective_listing_objective_id_foreign" foreign key ("objective_id") references "plan_objective" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plan_objective_condition" add constraint "plan_objective_condition_objective_id_foreign" foreign key ("objective_id") references "plan_objective" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "funding_allocation" add constraint "funding_allocation_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_allocation" add constraint "funding_allocation_source_id_foreign" foreign key ("source_id") references "funding_source" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_allocation" add constraint "funding_allocation_objective_id_foreign" foreign key ("objective_id") references "plan_objective" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plan_objective_partnership" add constraint "plan_objective_partnership_objective_id_foreign" foreign key ("objective_id") references "plan_objective" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_objective_partnership" add constraint "plan_objective_partnership_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    // Programs and default rules are data: see README, "Plan and funding rules".
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('TITLE_I_A', 'Title I, Part A', '84.010', 'FEDERAL', 'Improving basic programs operated by local educational agencies: help for students in high-poverty schools to meet academic standards.', '["WORK_BASED_LEARNING", "MENTORING", "CAREER_PREPARATION", "FAMILY_ENGAGEMENT", "STUDENT_SUPPORTS", "PROFESSIONAL_DEVELOPMENT", "EXTENDED_LEARNING", "ADMINISTRATION"]', 0);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('TITLE_II_A', 'Title II, Part A', '84.367', 'FEDERAL', 'Supporting effective instruction: preparing, training, recruiting and keeping teachers, principals and other school leaders.', '["PROFESSIONAL_DEVELOPMENT", "LEADERSHIP_DEVELOPMENT", "INDUCTION_MENTORING", "RECRUITMENT_RETENTION", "CLASS_SIZE_REDUCTION", "ADMINISTRATION"]', 1);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('TITLE_III_A', 'Title III, Part A', '84.365', 'FEDERAL', 'Language instruction for English learners and immigrant students.', '["STUDENT_SUPPORTS", "PROFESSIONAL_DEVELOPMENT", "FAMILY_ENGAGEMENT", "EXTENDED_LEARNING", "TECHNOLOGY", "ASSESSMENT", "ADMINISTRATION"]', 2);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('TITLE_IV_A', 'Title IV, Part A', '84.424', 'FEDERAL', 'Student Support and Academic Enrichment: a well-rounded education, safe and healthy students, effective use of technology.', '["STUDENT_SUPPORTS", "CAREER_PREPARATION", "MENTORING", "EXTENDED_LEARNING", "TECHNOLOGY", "PROFESSIONAL_DEVELOPMENT", "FAMILY_ENGAGEMENT", "ADMINISTRATION"]', 3);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('TITLE_IV_B', 'Title IV, Part B (21st Century Community Learning Centers)', '84.287', 'FEDERAL', 'Academic enrichment outside school hours, with services for families.', '["EXTENDED_LEARNING", "MENTORING", "WORK_BASED_LEARNING", "CAREER_PREPARATION", "STUDENT_SUPPORTS", "FAMILY_ENGAGEMENT", "ADMINISTRATION"]', 4);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('IDEA_B', 'IDEA Part B', '84.027', 'FEDERAL', 'Special education and related services for children with disabilities, including transition to work and further education.', '["STUDENT_SUPPORTS", "PROFESSIONAL_DEVELOPMENT", "CAREER_PREPARATION", "WORK_BASED_LEARNING", "TECHNOLOGY", "ASSESSMENT", "FAMILY_ENGAGEMENT", "ADMINISTRATION"]', 5);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('PERKINS_V', 'Perkins V', '84.048', 'FEDERAL', 'Career and technical education (Strengthening Career and Technical Education for the 21st Century Act).', '["CAREER_PREPARATION", "WORK_BASED_LEARNING", "PROFESSIONAL_DEVELOPMENT", "MENTORING", "TECHNOLOGY", "ASSESSMENT", "ADMINISTRATION"]', 6);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('SCHOOL_IMPROVEMENT', 'School improvement (ESEA section 1003)', '84.010', 'FEDERAL', 'Title I, Part A funds the state reserves for schools in comprehensive or targeted support and improvement; interventions must be evidence-based.', '["PROFESSIONAL_DEVELOPMENT", "LEADERSHIP_DEVELOPMENT", "STUDENT_SUPPORTS", "EXTENDED_LEARNING", "FAMILY_ENGAGEMENT", "CAREER_PREPARATION", "ASSESSMENT", "TECHNOLOGY", "ADMINISTRATION"]', 7);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('STATE', 'State grant', null, 'STATE', 'Funds from the state beyond federal pass-through programs.', null, 8);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('LOCAL', 'Local funds', null, 'LOCAL', 'District and local funds.', null, 9);`,
    );
    this.addSql(
      `insert into "funding_program" ("code", "name", "aln", "kind", "description", "allowed_uses", "position") values ('PRIVATE_GRANT', 'Private grant', null, 'PRIVATE', 'A grant from a foundation, business or other private funder.', null, 10);`,
    );
    this.addSql(
      `insert into "funding_rule" ("program_id", "district_id", "kind", "purpose", "basis_points", "threshold_cents", "first_fiscal_year", "last_fiscal_year", "active", "citation", "note", "created_at", "updated_at") values ((select "id" from "funding_program" where "code" = 'TITLE_I_A'), null, 'SET_ASIDE_MINIMUM', 'FAMILY_ENGAGEMENT', 100, 50000000, 2017, null, true, 'ESEA section 1116(a)(3)', 'A district whose Title I, Part A allocation exceeds $500,000 reserves at least 1% of it for parent and family engagement.', now(), now());`,
    );
    this.addSql(
      `insert into "funding_rule" ("program_id", "district_id", "kind", "purpose", "basis_points", "threshold_cents", "first_fiscal_year", "last_fiscal_year", "active", "citation", "note", "created_at", "updated_at") values ((select "id" from "funding_program" where "code" = 'TITLE_I_A'), null, 'CARRYOVER_MAXIMUM', null, 1500, 4999999, null, null, true, 'ESEA section 1127', 'At most 15% of a Title I, Part A allocation may carry over to the next fiscal year. The limit does not apply to allocations under $50,000, and the state may waive it once every three years.', now(), now());`,
    );
    this.addSql(
      `insert into "funding_rule" ("program_id", "district_id", "kind", "purpose", "basis_points", "threshold_cents", "first_fiscal_year", "last_fiscal_year", "active", "citation", "note", "created_at", "updated_at") values ((select "id" from "funding_program" where "code" = 'TITLE_I_A'), null, 'STATE_RESERVATION', null, 700, null, 2017, null, true, 'ESEA section 1003(a)', 'Under ESSA the state reserves 7% of its Title I, Part A allocation for school improvement. Shown for information; it does not change district amounts.', now(), now());`,
    );
    this.addSql(
      `insert into "funding_rule" ("program_id", "district_id", "kind", "purpose", "basis_points", "threshold_cents", "first_fiscal_year", "last_fiscal_year", "active", "citation", "note", "created_at", "updated_at") values ((select "id" from "funding_program" where "code" = 'TITLE_I_A'), null, 'STATE_RESERVATION', null, 400, null, null, 2016, false, 'NCLB section 1003(a)', 'History: under NCLB states reserved 4% of Title I, Part A for school improvement (the figure the State Policy Framework cites). Replaced by the 7% reservation under ESSA; never applied.', now(), now());`,
    );
    this.addSql(
      `insert into "funding_rule" ("program_id", "district_id", "kind", "purpose", "basis_points", "threshold_cents", "first_fiscal_year", "last_fiscal_year", "active", "citation", "note", "created_at", "updated_at") values ((select "id" from "funding_program" where "code" = 'SCHOOL_IMPROVEMENT'), null, 'STATE_RESERVATION', null, 500, null, null, 2016, false, 'NCLB section 1003(g)', 'History: under NCLB states could reserve 5% of School Improvement Grants (SIG, ALN 84.377, retired in 2020) (the figure the State Policy Framework cites). Never applied.', now(), now());`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_objective_partnership";`);
    this.addSql(`drop table if exists "funding_allocation";`);
    this.addSql(`drop table if exists "plan_objective_condition";`);
    this.addSql(`drop table if exists "plan_objective_listing";`);
    this.addSql(`drop table if exists "plan_objective_status_change";`);
    this.addSql(`drop table if exists "plan_objective";`);
    this.addSql(`drop table if exists "implementation_plan";`);
    this.addSql(`drop table if exists "plan_goal";`);
    this.addSql(`drop table if exists "funding_source";`);
    this.addSql(`drop table if exists "funding_rule";`);
    this.addSql(`drop table if exists "funding_program";`);
    this.addSql(`drop type if exists "district_condition";`);
    this.addSql(`drop type if exists "objective_status";`);
    this.addSql(`drop type if exists "funding_purpose";`);
    this.addSql(`drop type if exists "funding_rule_kind";`);
    this.addSql(`drop type if exists "funding_program_kind";`);
  }
}
