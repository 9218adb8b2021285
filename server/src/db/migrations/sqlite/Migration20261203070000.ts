import { Migration } from '@mikro-orm/migrations';

/** The ten District Conditions for Scale per district: status, narrative, dated evidence, publication. */
export class Migration20261203070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`readiness_condition\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`district_id\` integer not null, \`condition\` text check (\`condition\` in ('CURRICULUM', 'INSTRUCTION', 'ASSESSMENT', 'LEARNING_ENVIRONMENTS', 'STUDENT_SUPPORTS', 'PROFESSIONAL_DEVELOPMENT', 'LEADERSHIP_DEVELOPMENT', 'TECHNOLOGY_POLICY', 'DATA_SYSTEMS', 'PARTNERSHIPS')) not null, \`status\` text check (\`status\` in ('NOT_STARTED', 'EMERGING', 'IN_PLACE', 'SUSTAINED')) not null, \`narrative\` text null, \`updated_by_user_id\` integer null, \`updated_by_name\` text not null, constraint \`readiness_condition_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`readiness_condition_district_id_condition_unique\` on \`readiness_condition\` (\`district_id\`, \`condition\`);`);
    this.addSql(`create table \`condition_evidence\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`district_id\` integer not null, \`condition\` text check (\`condition\` in ('CURRICULUM', 'INSTRUCTION', 'ASSESSMENT', 'LEARNING_ENVIRONMENTS', 'STUDENT_SUPPORTS', 'PROFESSIONAL_DEVELOPMENT', 'LEADERSHIP_DEVELOPMENT', 'TECHNOLOGY_POLICY', 'DATA_SYSTEMS', 'PARTNERSHIPS')) not null, \`kind\` text check (\`kind\` in ('LINK', 'DOCUMENT', 'CURRICULUM_REVIEW', 'ASSESSMENT_SYSTEM', 'TECHNOLOGY_ACCESS_POLICY', 'PROFESSIONAL_LEARNING_PROGRAM', 'OTHER')) not null, \`title\` text not null, \`url\` text null, \`date\` date not null, \`note\` text null, constraint \`condition_evidence_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`condition_evidence_district_id_condition_date_index\` on \`condition_evidence\` (\`district_id\`, \`condition\`, \`date\`);`);
    this.addSql(`create table \`district_readiness\` (\`id\` integer not null primary key autoincrement, \`district_id\` integer not null, \`published_at\` datetime null, \`published_by_name\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`district_readiness_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`district_readiness_district_id_unique\` on \`district_readiness\` (\`district_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table `condition_evidence`;');
    this.addSql('drop table `readiness_condition`;');
    this.addSql('drop table `district_readiness`;');
  }
}
