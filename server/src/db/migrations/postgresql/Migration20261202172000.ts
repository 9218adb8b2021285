import { Migration } from '@mikro-orm/migrations';

/** Comment threads on submission sections, objectives and ranges of the vision, with their comments. */
export class Migration20261202172000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "comment_thread" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "district_id" int not null, "target_kind" text check ("target_kind" in ('SUBMISSION_SECTION', 'OBJECTIVE', 'VISION')) not null, "submission_id" int null, "section_key" varchar(100) null, "objective_id" int null, "anchor_start" varchar(1000) null, "anchor_end" varchar(1000) null, "quote" varchar(1000) null, "created_by_id" int not null, "resolved_at" timestamptz null, "resolved_by_id" int null);`,
    );
    this.addSql(
      `create index "comment_thread_district_id_resolved_at_index" on "comment_thread" ("district_id", "resolved_at");`,
    );
    this.addSql(
      `create table "comment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "thread_id" int not null, "author_id" int not null, "body" text not null, "mentioned_user_ids" jsonb not null);`,
    );
    this.addSql(`create index "comment_thread_id_id_index" on "comment" ("thread_id", "id");`);
    this.addSql(
      `alter table "comment_thread" add constraint "comment_thread_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "comment_thread" add constraint "comment_thread_objective_id_foreign" foreign key ("objective_id") references "plan_objective" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "comment_thread" add constraint "comment_thread_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "comment_thread" add constraint "comment_thread_resolved_by_id_foreign" foreign key ("resolved_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "comment" add constraint "comment_thread_id_foreign" foreign key ("thread_id") references "comment_thread" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "comment" add constraint "comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "comment" cascade;`);
    this.addSql(`drop table if exists "comment_thread" cascade;`);
  }
}
