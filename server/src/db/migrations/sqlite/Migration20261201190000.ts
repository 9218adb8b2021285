import { Migration } from '@mikro-orm/migrations';

/** The update log of collaborative documents (written by hand; the collaboration server has no entity). */
export class Migration20261201190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`collab_update\` (\`id\` integer not null primary key autoincrement, \`doc_name\` text not null, \`data\` blob not null, \`user_id\` integer null, \`created_at\` datetime not null default current_timestamp);`,
    );
    this.addSql(`create index \`collab_update_doc_name_id_index\` on \`collab_update\` (\`doc_name\`, \`id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`collab_update\`;`);
  }
}
