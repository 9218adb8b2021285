import { Migration } from '@mikro-orm/migrations';

/**
 * The public search's filter and order in one index: version, type, grade range and deadline, so the
 * matches of a search by type and grade are found, counted and ordered without reading their rows
 * (only the page's 50 are read).
 * It replaces (version_id, type), its prefix.
 */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index \`opportunity_version_id_type_index\`;`);
    this.addSql(
      `create index \`opportunity_version_id_type_grade_min_grade_max_deadline_index\` on \`opportunity\` (\`version_id\`, \`type\`, \`grade_min\`, \`grade_max\`, \`deadline\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`opportunity_version_id_type_grade_min_grade_max_deadline_index\`;`);
    this.addSql(
      `create index \`opportunity_version_id_type_index\` on \`opportunity\` (\`version_id\`, \`type\`);`,
    );
  }
}
