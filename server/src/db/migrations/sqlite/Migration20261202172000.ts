import { Migration } from '@mikro-orm/migrations';

/** Comment threads on submission sections, objectives and ranges of the vision, with their comments. */
export class Migration20261202172000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `comment_thread` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `version` integer not null default 1, `district_id` integer not null, `target_kind` text check (`target_kind` in ('SUBMISSION_SECTION', 'OBJECTIVE', 'VISION')) not null, `submission_id` integer null, `section_key` text null, `objective_id` integer null, `anchor_start` text null, `anchor_end` text null, `quote` text null, `created_by_id` integer not null, `resolved_at` datetime null, `resolved_by_id` integer null, constraint `comment_thread_district_id_foreign` foreign key(`district_id`) references `district`(`id`) on delete cascade on update cascade, constraint `comment_thread_objective_id_foreign` foreign key(`objective_id`) references `plan_objective`(`id`) on delete cascade on update cascade, constraint `comment_thread_created_by_id_foreign` foreign key(`created_by_id`) references `app_user`(`id`) on delete cascade on update cascade, constraint `comment_thread_resolved_by_id_foreign` foreign key(`resolved_by_id`) references `app_user`(`id`) on delete set null on update cascade);",
    );
    this.addSql('create index `comment_thread_objective_id_index` on `comment_thread` (`objective_id`);');
    this.addSql(
      'create index `comment_thread_district_id_resolved_at_index` on `comment_thread` (`district_id`, `resolved_at`);',
    );
    this.addSql(
      'create table `comment` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `version` integer not null default 1, `thread_id` integer not null, `author_id` integer not null, `body` text not null, `mentioned_user_ids` json not null, constraint `comment_thread_id_foreign` foreign key(`thread_id`) references `comment_thread`(`id`) on delete cascade on update cascade, constraint `comment_author_id_foreign` foreign key(`author_id`) references `app_user`(`id`) on delete cascade on update cascade);',
    );
    this.addSql('create index `comment_author_id_index` on `comment` (`author_id`);');
    this.addSql('create index `comment_thread_id_id_index` on `comment` (`thread_id`, `id`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `comment`;');
    this.addSql('drop table if exists `comment_thread`;');
  }
}
