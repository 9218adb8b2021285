import { Migration } from '@mikro-orm/migrations';

/** See the SQLite migration of the same name: district-invited reviewers keep their district membership. */
export class Migration20261202163000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "state_agency" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(200) not null, "state" varchar(2) not null, "website" varchar(500) null, "reviewers_may_decide" boolean not null default false);`,
    );
    this.addSql(`alter table "state_agency" add constraint "state_agency_state_unique" unique ("state");`);
    this.addSql(`create index "district_state_index" on "district" ("state");`);
    this.addSql(`alter type "member_role" add value if not exists 'STATE_ADMIN' after 'DISTRICT_STAFF';`);
    for (const table of ['membership', 'invitation']) {
      this.addSql(`alter table "${table}" add column "state_agency_id" int null;`);
      this.addSql(
        `alter table "${table}" add constraint "${table}_state_agency_id_foreign" foreign key ("state_agency_id") references "state_agency" ("id") on update cascade on delete cascade;`,
      );
      this.addSql(`create index "${table}_state_agency_id_index" on "${table}" ("state_agency_id");`);
    }
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_state_agency_id_unique" unique ("user_id", "state_agency_id");`,
    );
  }

  override async down(): Promise<void> {
    for (const table of ['membership', 'invitation'])
      this.addSql(`alter table "${table}" drop column "state_agency_id";`);
    this.addSql(`drop index "district_state_index";`);
    this.addSql(`drop table "state_agency";`);
  }
}
