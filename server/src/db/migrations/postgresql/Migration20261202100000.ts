import { Migration } from '@mikro-orm/migrations';
import { ACCEPT_EXISTING, MANAGE_ORPHANS } from '../sqlite/Migration20261202100000.js';

/** See the SQLite migration of the same name: the same data, the same rules. */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "partnership_side" as enum ('DISTRICT', 'PARTNER');`);
    this.addSql(
      `alter table "partnership" add column "proposed_by" "partnership_side" not null default 'DISTRICT', add column "accepted_at" timestamptz null, add column "accepted_by_id" int null, add column "declined_at" timestamptz null, add column "declined_by_id" int null;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_declined_by_id_foreign" foreign key ("declined_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(MANAGE_ORPHANS);
    this.addSql(ACCEPT_EXISTING);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "partnership" drop column "proposed_by", drop column "accepted_at", drop column "accepted_by_id", drop column "declined_at", drop column "declined_by_id";`,
    );
    this.addSql(`drop type "partnership_side";`);
  }
}
