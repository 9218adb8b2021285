import { Migration } from '@mikro-orm/migrations';

/**
 * Evaluation: the indicator catalog (seeded with the framework's indicators), values by year, school
 * and subgroup with their student counts, targets linked to objectives, and the minimum n and
 * publication settings of state agencies and districts.
 */
export class Migration20261203071000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "indicator" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "scope_key" varchar(20) not null, "state_agency_id" int null, "district_id" int null, "code" varchar(60) not null, "name" varchar(200) not null, "description" text not null, "category" text check ("category" in ('CULTURE', 'PERFORMANCE', 'SUSTAINABILITY')) not null, "plan_years" jsonb not null, "unit" text check ("unit" in ('RATE', 'PERCENT', 'COUNT', 'SCALE_SCORE', 'MEAN_SURVEY_SCORE')) not null, "direction" text check ("direction" in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')) not null, "subgroups" jsonb not null, "conditions" jsonb not null, "position" int not null, "archived_at" timestamptz null, constraint "indicator_state_agency_id_foreign" foreign key("state_agency_id") references "state_agency"("id") on delete cascade on update cascade, constraint "indicator_district_id_foreign" foreign key("district_id") references "district"("id") on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index "indicator_state_agency_id_index" on "indicator" ("state_agency_id");`,
    );
    this.addSql(
      `create index "indicator_district_id_index" on "indicator" ("district_id");`,
    );
    this.addSql(
      `create unique index "indicator_scope_key_code_unique" on "indicator" ("scope_key", "code");`,
    );
    this.addSql(
      `create table "indicator_value" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "district_id" int not null, "indicator_id" int not null, "school_year" int not null, "school_nces_id" varchar(12) not null default '', "subgroup" text check ("subgroup" in ('ALL_STUDENTS', 'AMERICAN_INDIAN_OR_ALASKA_NATIVE', 'ASIAN', 'BLACK_OR_AFRICAN_AMERICAN', 'HISPANIC_OR_LATINO', 'NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER', 'WHITE', 'TWO_OR_MORE_RACES', 'ECONOMICALLY_DISADVANTAGED', 'NOT_ECONOMICALLY_DISADVANTAGED', 'STUDENTS_WITH_DISABILITIES', 'STUDENTS_WITHOUT_DISABILITIES', 'ENGLISH_LEARNERS', 'NOT_ENGLISH_LEARNERS')) not null, "value" numeric(14,4) not null, "n" int not null check ("n" >= 0), "source" varchar(200) null, constraint "indicator_value_district_id_foreign" foreign key("district_id") references "district"("id") on delete cascade on update cascade, constraint "indicator_value_indicator_id_foreign" foreign key("indicator_id") references "indicator"("id") on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index "indicator_value_indicator_id_index" on "indicator_value" ("indicator_id");`,
    );
    this.addSql(
      `create index "indicator_value_district_id_school_year_index" on "indicator_value" ("district_id", "school_year");`,
    );
    this.addSql(
      `create unique index "indicator_value_cell_unique" on "indicator_value" ("district_id", "indicator_id", "school_year", "school_nces_id", "subgroup");`,
    );
    this.addSql(
      `create table "indicator_target" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "district_id" int not null, "indicator_id" int not null, "school_year" int not null, "subgroup" text check ("subgroup" in ('ALL_STUDENTS', 'AMERICAN_INDIAN_OR_ALASKA_NATIVE', 'ASIAN', 'BLACK_OR_AFRICAN_AMERICAN', 'HISPANIC_OR_LATINO', 'NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER', 'WHITE', 'TWO_OR_MORE_RACES', 'ECONOMICALLY_DISADVANTAGED', 'NOT_ECONOMICALLY_DISADVANTAGED', 'STUDENTS_WITH_DISABILITIES', 'STUDENTS_WITHOUT_DISABILITIES', 'ENGLISH_LEARNERS', 'NOT_ENGLISH_LEARNERS')) not null default 'ALL_STUDENTS', "value" numeric(14,4) not null, "objective_ids" jsonb not null, constraint "indicator_target_district_id_foreign" foreign key("district_id") references "district"("id") on delete cascade on update cascade, constraint "indicator_target_indicator_id_foreign" foreign key("indicator_id") references "indicator"("id") on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index "indicator_target_indicator_id_index" on "indicator_target" ("indicator_id");`,
    );
    this.addSql(
      `create unique index "indicator_target_unique" on "indicator_target" ("district_id", "indicator_id", "school_year", "subgroup");`,
    );
    this.addSql(
      `create table "evaluation_setting" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "state_agency_id" int null, "district_id" int null, "minimum_n" int null check ("minimum_n" >= 10), "published_at" timestamptz null, constraint "evaluation_setting_state_agency_id_foreign" foreign key("state_agency_id") references "state_agency"("id") on delete cascade on update cascade, constraint "evaluation_setting_district_id_foreign" foreign key("district_id") references "district"("id") on delete cascade on update cascade);`,
    );
    this.addSql(
      `create unique index "evaluation_setting_state_agency_id_unique" on "evaluation_setting" ("state_agency_id");`,
    );
    this.addSql(
      `create unique index "evaluation_setting_district_id_unique" on "evaluation_setting" ("district_id");`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'ATTENDANCE_RATE', 'Average daily attendance', 'Days attended as a share of days enrolled.', 'CULTURE', '[1,2]', 'RATE', 'HIGHER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["LEARNING_ENVIRONMENTS","STUDENT_SUPPORTS","DATA_SYSTEMS"]', 0, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'CHRONIC_ABSENCE_RATE', 'Chronic absence', 'Share of students who missed 10% or more of the days they were enrolled.', 'CULTURE', '[1,2]', 'PERCENT', 'LOWER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["LEARNING_ENVIRONMENTS","STUDENT_SUPPORTS"]', 1, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'DISCIPLINARY_INCIDENTS_PER_100', 'Disciplinary incidents per 100 students', 'Recorded disciplinary incidents for every 100 students enrolled.', 'CULTURE', '[1,2]', 'RATE', 'LOWER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["LEARNING_ENVIRONMENTS","STUDENT_SUPPORTS"]', 2, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'STUDENT_ENGAGEMENT_SURVEY', 'Student engagement (survey)', 'Mean score of the student engagement scale of the student survey, 1 to 5.', 'CULTURE', '[1,2]', 'MEAN_SURVEY_SCORE', 'HIGHER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["INSTRUCTION","LEARNING_ENVIRONMENTS"]', 3, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'STUDENT_VOICE_SURVEY', 'Student voice (survey)', 'Mean score of the student voice and agency scale of the student survey, 1 to 5.', 'CULTURE', '[1,2]', 'MEAN_SURVEY_SCORE', 'HIGHER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["INSTRUCTION","LEARNING_ENVIRONMENTS"]', 4, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'PARENT_SURVEY', 'Parent and family survey', 'Mean score of the parent and family survey, 1 to 5, grouped by the student''s subgroups.', 'CULTURE', '[1,2]', 'MEAN_SURVEY_SCORE', 'HIGHER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["LEARNING_ENVIRONMENTS","PARTNERSHIPS"]', 5, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'INSTRUCTIONAL_PRACTICE_OBSERVATIONS', 'Improved instructional practice (observations)', 'Share of observed lessons meeting the personalized-learning practice rubric; n is the number of students in the observed classrooms.', 'CULTURE', '[1,2]', 'PERCENT', 'HIGHER_IS_BETTER', '["ALL_STUDENTS"]', '["INSTRUCTION","PROFESSIONAL_DEVELOPMENT","LEADERSHIP_DEVELOPMENT"]', 6, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'PROFICIENCY_ELA', 'Proficiency in English language arts', 'Share of tested students scoring proficient or above on the state assessment in ELA.', 'PERFORMANCE', '[3,4,5]', 'PERCENT', 'HIGHER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["CURRICULUM","INSTRUCTION","ASSESSMENT"]', 7, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'PROFICIENCY_MATH', 'Proficiency in mathematics', 'Share of tested students scoring proficient or above on the state assessment in mathematics.', 'PERFORMANCE', '[3,4,5]', 'PERCENT', 'HIGHER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["CURRICULUM","INSTRUCTION","ASSESSMENT"]', 8, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'GROWTH_ELA', 'Growth in English language arts', 'Median student growth percentile in ELA.', 'PERFORMANCE', '[3,4,5]', 'PERCENT', 'HIGHER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["INSTRUCTION","ASSESSMENT","STUDENT_SUPPORTS"]', 9, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'GROWTH_MATH', 'Growth in mathematics', 'Median student growth percentile in mathematics.', 'PERFORMANCE', '[3,4,5]', 'PERCENT', 'HIGHER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["INSTRUCTION","ASSESSMENT","STUDENT_SUPPORTS"]', 10, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'SKILLS_DISPOSITIONS_MASTERY', 'Mastery of skills and dispositions', 'Share of students demonstrating mastery of the graduate profile skills and dispositions on performance assessments.', 'PERFORMANCE', '[3,4,5]', 'PERCENT', 'HIGHER_IS_BETTER', '["ALL_STUDENTS","AMERICAN_INDIAN_OR_ALASKA_NATIVE","ASIAN","BLACK_OR_AFRICAN_AMERICAN","HISPANIC_OR_LATINO","NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER","WHITE","TWO_OR_MORE_RACES","ECONOMICALLY_DISADVANTAGED","NOT_ECONOMICALLY_DISADVANTAGED","STUDENTS_WITH_DISABILITIES","STUDENTS_WITHOUT_DISABILITIES","ENGLISH_LEARNERS","NOT_ENGLISH_LEARNERS"]', '["CURRICULUM","ASSESSMENT","PARTNERSHIPS"]', 11, now(), now());`,
    );
    this.addSql(
      `insert into "indicator" ("scope_key", "code", "name", "description", "category", "plan_years", "unit", "direction", "subgroups", "conditions", "position", "created_at", "updated_at") values ('', 'SUSTAINABILITY_PLAN_EVIDENCE', 'Evidence of a sustainability plan', 'Share of the sustainability plan components in place (funding, leadership, partnerships, data), as the district documents them.', 'SUSTAINABILITY', '[5]', 'PERCENT', 'HIGHER_IS_BETTER', '["ALL_STUDENTS"]', '["LEADERSHIP_DEVELOPMENT","PARTNERSHIPS","DATA_SYSTEMS","TECHNOLOGY_POLICY"]', 12, now(), now());`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop table if exists "evaluation_setting";`,
    );
    this.addSql(
      `drop table if exists "indicator_target";`,
    );
    this.addSql(
      `drop table if exists "indicator_value";`,
    );
    this.addSql(
      `drop table if exists "indicator";`,
    );
  }
}
