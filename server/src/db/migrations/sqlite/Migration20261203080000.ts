import { Migration } from '@mikro-orm/migrations';

/** The kinds as they are written in the table definition, quoted again as SQL string literals. */
const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
const OLD_KINDS = quoted(`'HEALTHCARE', 'OTHER'`);
const NEW_KINDS = quoted(`'HEALTHCARE', 'TECHNICAL_ASSISTANCE', 'OTHER'`);

/**
 * Technical-assistance providers, their claims against the state's provider criteria, and the
 * districts' assessments of them.
 *
 * SQLite checks the partner kind in the table definition. Rebuilding `partner_organization` is not
 * safe here: migrations run in one transaction, where `pragma foreign_keys = off` does nothing, so
 * dropping the old table would cascade into every table that references it (memberships,
 * partnerships, contacts, opportunities). Widening a CHECK changes no stored row, which is the case
 * SQLite documents for editing the table's definition in place (https://sqlite.org/lang_altertable.html,
 * "making other kinds of table schema changes"); the schema version is bumped so every connection
 * rereads it.
 */
export class Migration20261203080000 extends Migration {
  override async up(): Promise<void> {
    const [current] = await this.execute('pragma schema_version');
    const version = Number((current as { schema_version: number }).schema_version);
    await this.execute('pragma writable_schema = on');
    await this.execute(
      `update sqlite_master set sql = replace(sql, ${OLD_KINDS}, ${NEW_KINDS}) where type = 'table' and name = 'partner_organization'`,
    );
    await this.execute(`pragma schema_version = ${version + 1}`);
    await this.execute('pragma writable_schema = off');

    this.addSql(
      'create table `provider_claim` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `version` integer not null default 1, `partner_id` integer not null, `criterion_id` integer not null, `evidence` text not null, `evidence_url` text null, `claimed_at` datetime not null, `withdrawn_at` datetime null, constraint `provider_claim_partner_id_foreign` foreign key(`partner_id`) references `partner_organization`(`id`) on delete cascade on update cascade, constraint `provider_claim_criterion_id_foreign` foreign key(`criterion_id`) references `provider_criterion`(`id`) on delete cascade on update cascade);',
    );
    this.addSql('create index `provider_claim_criterion_id_index` on `provider_claim` (`criterion_id`);');
    this.addSql(
      'create unique index `provider_claim_partner_id_criterion_id_unique` on `provider_claim` (`partner_id`, `criterion_id`);',
    );
    this.addSql(
      "create table `provider_assessment` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `version` integer not null default 1, `district_id` integer not null, `partner_id` integer not null, `criterion_id` integer not null, `rating` text check (`rating` in ('MEETS', 'PARTIALLY_MEETS', 'DOES_NOT_MEET')) not null, `note` text null, `assessed_by_id` integer null, `assessed_by_name` text not null, `assessed_at` datetime not null, constraint `provider_assessment_district_id_foreign` foreign key(`district_id`) references `district`(`id`) on delete cascade on update cascade, constraint `provider_assessment_partner_id_foreign` foreign key(`partner_id`) references `partner_organization`(`id`) on delete cascade on update cascade, constraint `provider_assessment_criterion_id_foreign` foreign key(`criterion_id`) references `provider_criterion`(`id`) on delete cascade on update cascade, constraint `provider_assessment_assessed_by_id_foreign` foreign key(`assessed_by_id`) references `app_user`(`id`) on delete set null on update cascade);",
    );
    this.addSql(
      'create index `provider_assessment_partner_id_criterion_id_index` on `provider_assessment` (`partner_id`, `criterion_id`);',
    );
    this.addSql(
      'create unique index `provider_assessment_district_id_partner_id_criterion_id_unique` on `provider_assessment` (`district_id`, `partner_id`, `criterion_id`);',
    );
  }

  /** Drops the claims and assessments; the partner kind stays (rows may use it). */
  override async down(): Promise<void> {
    this.addSql("drop table `provider_assessment`;");
    this.addSql("drop table `provider_claim`;");
  }
}
