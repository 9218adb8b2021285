import { Migration } from '@mikro-orm/migrations';

/** Criteria a state agency publishes for choosing technical-assistance providers. */
export class Migration20261202173000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `provider_criterion` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `version` integer not null default 1, `state_agency_id` integer not null, `title` text not null, `description` text null, `position` integer not null, `archived_at` datetime null, constraint `provider_criterion_state_agency_id_foreign` foreign key(`state_agency_id`) references `state_agency`(`id`) on delete cascade on update cascade);',
    );
    this.addSql(
      'create index `provider_criterion_state_agency_id_position_index` on `provider_criterion` (`state_agency_id`, `position`);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table `provider_criterion`;');
  }
}
