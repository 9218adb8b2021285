import { Migration } from '@mikro-orm/migrations';

/** Named vision versions with their adoption. Written by hand: only the new table. */
export class Migration20261201220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "vision_version" ("id" serial primary key, "district_id" int not null, "number" int not null, "name" varchar(200) not null, "snapshot" bytea not null, "created_by_user_id" int null, "created_by_name" varchar(300) not null, "created_at" timestamptz not null, "adopted_at" timestamptz null, "adopted_on" date null, "resolution" varchar(200) null, "adopted_by_name" varchar(300) null);`);
    this.addSql(`create index "vision_version_district_id_adopted_at_index" on "vision_version" ("district_id", "adopted_at");`);
    this.addSql(`alter table "vision_version" add constraint "vision_version_district_id_number_unique" unique ("district_id", "number");`);
    this.addSql(`alter table "vision_version" add constraint "vision_version_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vision_version";`);
  }
}
