import { Migration } from '@mikro-orm/migrations';

/**
 * The public search's index ends with the id, so the page's 50 ids are read from the index alone
 * instead of from every match's row (PostgreSQL's index-only scan; SQLite keeps the rowid, which is
 * the id, in every index entry anyway, and gets the same index for one schema on both).
 * It replaces the same columns without the id.
 */
export class Migration20261206000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index \`opportunity_version_id_type_grade_min_grade_max_deadline_index\`;`);
    this.addSql(
      `create index \`opportunity_search_index\` on \`opportunity\` (\`version_id\`, \`type\`, \`grade_min\`, \`grade_max\`, \`deadline\`, \`id\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`opportunity_search_index\`;`);
    this.addSql(
      `create index \`opportunity_version_id_type_grade_min_grade_max_deadline_index\` on \`opportunity\` (\`version_id\`, \`type\`, \`grade_min\`, \`grade_max\`, \`deadline\`);`,
    );
  }
}
