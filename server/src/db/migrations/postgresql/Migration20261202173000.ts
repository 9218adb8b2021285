import { Migration } from '@mikro-orm/migrations';

/** Criteria a state agency publishes for choosing technical-assistance providers. */
export class Migration20261202173000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "provider_criterion" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "state_agency_id" int not null, "title" varchar(200) not null, "description" text null, "position" int not null, "archived_at" timestamptz null);`,
    );
    this.addSql(
      `create index "provider_criterion_state_agency_id_position_index" on "provider_criterion" ("state_agency_id", "position");`,
    );
    this.addSql(
      `alter table "provider_criterion" add constraint "provider_criterion_state_agency_id_foreign" foreign key ("state_agency_id") references "state_agency" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "provider_criterion";`);
  }
}
