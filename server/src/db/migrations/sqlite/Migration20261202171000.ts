import { Migration } from '@mikro-orm/migrations';

/**
 * Flexibility applications of districts: the application with its assurance narratives, its areas
 * of flexibility, the immutable submissions and the state's decisions.
 */
export class Migration20261202171000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`flexibility_application\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`district_id\` integer not null, \`first_school_year\` integer not null, \`stage\` text check (\`stage\` in ('DRAFT', 'APPLIED', 'CONDITIONALLY_APPROVED', 'PLAN_SUBMITTED', 'RETURNED', 'APPROVED', 'SUSTAINABILITY_PLAN_SUBMITTED', 'COMPLETED')) not null default 'DRAFT', \`planning_process\` text null, \`implementation_plan\` text null, \`continuous_improvement\` text null, \`funding_alignment\` text null, constraint \`flexibility_application_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create unique index \`flexibility_application_district_id_unique\` on \`flexibility_application\` (\`district_id\`);`,
    );
    this.addSql(
      `create table \`flexibility_area\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`application_id\` integer not null, \`area\` text check (\`area\` in ('CURRICULUM_AND_INSTRUCTION', 'ASSESSMENT_AND_STUDENT_SUPPORTS', 'PROFESSIONAL_AND_LEADERSHIP_DEVELOPMENT', 'TECHNOLOGY_AND_DATA', 'LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS')) not null, \`requirement\` text not null, \`justification\` text null, \`objective_ids\` json not null, \`conditions\` json not null, \`status\` text check (\`status\` in ('PROPOSED', 'REQUESTED', 'GRANTED', 'DENIED', 'RETURNED')) not null, \`additional\` integer not null default false, \`position\` integer not null, constraint \`flexibility_area_application_id_foreign\` foreign key(\`application_id\`) references \`flexibility_application\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`flexibility_area_application_id_position_index\` on \`flexibility_area\` (\`application_id\`, \`position\`);`,
    );
    this.addSql(
      `create table \`flexibility_submission\` (\`id\` integer not null primary key autoincrement, \`application_id\` integer not null, \`number\` integer not null, \`kind\` text check (\`kind\` in ('APPLICATION', 'IMPLEMENTATION_PLAN', 'ADDITIONAL_AREA', 'SUSTAINABILITY_PLAN')) not null, \`content\` json not null, \`submitted_by_user_id\` integer null, \`submitted_by_name\` text not null, \`submitted_at\` datetime not null, constraint \`flexibility_submission_application_id_foreign\` foreign key(\`application_id\`) references \`flexibility_application\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create unique index \`flexibility_submission_application_id_number_unique\` on \`flexibility_submission\` (\`application_id\`, \`number\`);`,
    );
    this.addSql(
      `create table \`flexibility_decision\` (\`id\` integer not null primary key autoincrement, \`application_id\` integer not null, \`submission_id\` integer null, \`area_id\` integer null, \`kind\` text check (\`kind\` in ('CONDITIONAL_APPROVAL', 'APPROVAL', 'RETURN_FOR_REVISION', 'ADDITIONAL_AREA_APPROVAL', 'ADDITIONAL_AREA_RETURN')) not null, \`stage_before\` text check (\`stage_before\` in ('DRAFT', 'APPLIED', 'CONDITIONALLY_APPROVED', 'PLAN_SUBMITTED', 'RETURNED', 'APPROVED', 'SUSTAINABILITY_PLAN_SUBMITTED', 'COMPLETED')) not null, \`stage_after\` text check (\`stage_after\` in ('DRAFT', 'APPLIED', 'CONDITIONALLY_APPROVED', 'PLAN_SUBMITTED', 'RETURNED', 'APPROVED', 'SUSTAINABILITY_PLAN_SUBMITTED', 'COMPLETED')) not null, \`rationale\` text not null, \`required_changes\` text null, \`decided_by_user_id\` integer null, \`decided_by_name\` text not null, \`decided_at\` datetime not null, constraint \`flexibility_decision_application_id_foreign\` foreign key(\`application_id\`) references \`flexibility_application\`(\`id\`) on delete cascade on update cascade, constraint \`flexibility_decision_submission_id_foreign\` foreign key(\`submission_id\`) references \`flexibility_submission\`(\`id\`) on delete set null on update cascade, constraint \`flexibility_decision_area_id_foreign\` foreign key(\`area_id\`) references \`flexibility_area\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create index \`flexibility_decision_submission_id_index\` on \`flexibility_decision\` (\`submission_id\`);`,
    );
    this.addSql(
      `create index \`flexibility_decision_area_id_index\` on \`flexibility_decision\` (\`area_id\`);`,
    );
    this.addSql(
      `create index \`flexibility_decision_application_id_decided_at_index\` on \`flexibility_decision\` (\`application_id\`, \`decided_at\`);`,
    );
  }
}
