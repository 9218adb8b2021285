import { Migration } from '@mikro-orm/migrations';

export class Migration20261123162223 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "opportunity_version_id_deadline_index";`);

    this.addSql(`create index "opportunity_version_id_type_index" on "opportunity" ("version_id", "type");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "opportunity_version_id_type_index";`);

    this.addSql(
      `create index "opportunity_version_id_deadline_index" on "opportunity" ("version_id", "deadline");`,
    );
  }
}
