import { Migration } from '@mikro-orm/migrations';

/**
 * Public search reads one version filtered by type: index (version_id, type) instead of
 * (version_id, deadline). Written by hand: the generated SQLite diff also rebuilt unchanged tables,
 * which inside a transaction would cascade deletes into partner contacts.
 */
export class Migration20261123162222 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index \`opportunity_version_id_deadline_index\`;`);
    this.addSql(
      `create index \`opportunity_version_id_type_index\` on \`opportunity\` (\`version_id\`, \`type\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`opportunity_version_id_type_index\`;`);
    this.addSql(
      `create index \`opportunity_version_id_deadline_index\` on \`opportunity\` (\`version_id\`, \`deadline\`);`,
    );
  }
}
