import { Migration } from '@mikro-orm/migrations';

/** Named vision versions with their adoption. Written by hand: only the new table. */
export class Migration20261201220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`vision_version\` (\`id\` integer not null primary key autoincrement, \`district_id\` integer not null, \`number\` integer not null, \`name\` text not null, \`snapshot\` blob not null, \`created_by_user_id\` integer null, \`created_by_name\` text not null, \`created_at\` datetime not null, \`adopted_at\` datetime null, \`adopted_on\` date null, \`resolution\` text null, \`adopted_by_name\` text null, constraint \`vision_version_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`vision_version_district_id_index\` on \`vision_version\` (\`district_id\`);`);
    this.addSql(`create index \`vision_version_district_id_adopted_at_index\` on \`vision_version\` (\`district_id\`, \`adopted_at\`);`);
    this.addSql(`create unique index \`vision_version_district_id_number_unique\` on \`vision_version\` (\`district_id\`, \`number\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`vision_version\`;`);
  }
}
