import { Migration } from '@mikro-orm/migrations';

/** The update log of collaborative documents (written by hand; the collaboration server has no entity). */
export class Migration20261201190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "collab_update" ("id" bigserial primary key, "doc_name" varchar(255) not null, "data" bytea not null, "user_id" int null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "collab_update_doc_name_id_index" on "collab_update" ("doc_name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "collab_update";`);
  }
}
