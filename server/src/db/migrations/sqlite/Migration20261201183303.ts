import { Migration } from '@mikro-orm/migrations';

/**
 * Identity (users, memberships, sessions, invitations, API tokens, password resets), the audit log,
 * vetting records and optimistic-lock versions. Edited by hand: the generated SQLite diff also
 * rebuilt the unchanged opportunity table with foreign keys off, which must never run on real data.
 */
export class Migration20261201183303 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`actor_user_id\` integer null, \`actor_token_id\` integer null, \`actor_label\` text not null, \`district_id\` integer null, \`partner_id\` integer null, \`action\` text not null, \`target_type\` text not null, \`target_id\` integer not null, \`changes\` json not null, \`request_id\` text not null);`,
    );
    this.addSql(
      `create index \`audit_entry_target_type_target_id_id_index\` on \`audit_entry\` (\`target_type\`, \`target_id\`, \`id\`);`,
    );
    this.addSql(
      `create index \`audit_entry_partner_id_id_index\` on \`audit_entry\` (\`partner_id\`, \`id\`);`,
    );
    this.addSql(
      `create index \`audit_entry_district_id_id_index\` on \`audit_entry\` (\`district_id\`, \`id\`);`,
    );

    this.addSql(
      `create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`email\` text not null, \`name\` text not null, \`password_hash\` text not null, \`created_at\` datetime not null, \`password_changed_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);

    this.addSql(
      `create table \`user_session\` (\`id\` integer not null primary key autoincrement, \`secret_hash\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`ip\` text null, \`user_agent\` text null, \`revoked_at\` datetime null, constraint \`user_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create unique index \`user_session_secret_hash_unique\` on \`user_session\` (\`secret_hash\`);`,
    );
    this.addSql(`create index \`user_session_user_id_index\` on \`user_session\` (\`user_id\`);`);

    this.addSql(
      `create table \`password_reset\` (\`id\` integer not null primary key autoincrement, \`secret_hash\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`password_reset_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create unique index \`password_reset_secret_hash_unique\` on \`password_reset\` (\`secret_hash\`);`,
    );
    this.addSql(`create index \`password_reset_user_id_index\` on \`password_reset\` (\`user_id\`);`);

    this.addSql(
      `create table \`membership\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`role\` text check (\`role\` in ('DISTRICT_ADMIN', 'DISTRICT_STAFF', 'STATE_REVIEWER', 'PARTNER_ADMIN', 'PARTNER_MEMBER')) not null, \`district_id\` integer null, \`partner_id\` integer null, \`created_at\` datetime not null, constraint \`membership_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`membership_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade, constraint \`membership_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner_organization\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`membership_user_id_index\` on \`membership\` (\`user_id\`);`);
    this.addSql(`create index \`membership_district_id_index\` on \`membership\` (\`district_id\`);`);
    this.addSql(`create index \`membership_partner_id_index\` on \`membership\` (\`partner_id\`);`);
    this.addSql(
      `create unique index \`membership_user_id_partner_id_unique\` on \`membership\` (\`user_id\`, \`partner_id\`);`,
    );
    this.addSql(
      `create unique index \`membership_user_id_district_id_unique\` on \`membership\` (\`user_id\`, \`district_id\`);`,
    );

    this.addSql(
      `create table \`invitation\` (\`id\` integer not null primary key autoincrement, \`secret_hash\` text not null, \`email\` text not null, \`role\` text check (\`role\` in ('DISTRICT_ADMIN', 'DISTRICT_STAFF', 'STATE_REVIEWER', 'PARTNER_ADMIN', 'PARTNER_MEMBER')) not null, \`district_id\` integer null, \`partner_id\` integer null, \`invited_by_id\` integer null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, \`accepted_by_id\` integer null, \`revoked_at\` datetime null, constraint \`invitation_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade, constraint \`invitation_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner_organization\`(\`id\`) on delete cascade on update cascade, constraint \`invitation_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`invitation_accepted_by_id_foreign\` foreign key(\`accepted_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`invitation_secret_hash_unique\` on \`invitation\` (\`secret_hash\`);`);
    this.addSql(`create index \`invitation_district_id_index\` on \`invitation\` (\`district_id\`);`);
    this.addSql(`create index \`invitation_partner_id_index\` on \`invitation\` (\`partner_id\`);`);
    this.addSql(`create index \`invitation_invited_by_id_index\` on \`invitation\` (\`invited_by_id\`);`);
    this.addSql(`create index \`invitation_accepted_by_id_index\` on \`invitation\` (\`accepted_by_id\`);`);

    this.addSql(
      `create table \`api_token\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`secret_hash\` text not null, \`prefix\` text not null, \`scope\` text check (\`scope\` in ('READ', 'READ_WRITE')) not null, \`district_id\` integer null, \`partner_id\` integer null, \`created_by_id\` integer null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`expires_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_token_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade, constraint \`api_token_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner_organization\`(\`id\`) on delete cascade on update cascade, constraint \`api_token_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`api_token_secret_hash_unique\` on \`api_token\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_token_district_id_index\` on \`api_token\` (\`district_id\`);`);
    this.addSql(`create index \`api_token_partner_id_index\` on \`api_token\` (\`partner_id\`);`);
    this.addSql(`create index \`api_token_created_by_id_index\` on \`api_token\` (\`created_by_id\`);`);

    this.addSql(
      `create table \`vetting_record\` (\`id\` integer not null primary key autoincrement, \`partnership_id\` integer not null, \`kind\` text check (\`kind\` in ('AGREEMENT', 'INSURANCE', 'BACKGROUND_CHECK')) not null, \`verified_on\` date null, \`expires_on\` date null, \`document_url\` text null, \`note\` text null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`vetting_record_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`vetting_record_partnership_id_index\` on \`vetting_record\` (\`partnership_id\`);`,
    );
    this.addSql(
      `create unique index \`vetting_record_partnership_id_kind_unique\` on \`vetting_record\` (\`partnership_id\`, \`kind\`);`,
    );

    this.addSql(`alter table \`district\` add column \`version\` integer not null default 1;`);

    this.addSql(
      `alter table \`partner_organization\` add column \`created_by_district_id\` integer null constraint \`partner_organization_created_by_district_id_foreign\` references \`district\` (\`id\`) on update cascade on delete set null;`,
    );
    this.addSql(`alter table \`partner_organization\` add column \`archived_at\` datetime null;`);
    this.addSql(`alter table \`partner_organization\` add column \`version\` integer not null default 1;`);
    this.addSql(
      `create index \`partner_organization_created_by_district_id_index\` on \`partner_organization\` (\`created_by_district_id\`);`,
    );

    this.addSql(`alter table \`partner_contact\` add column \`version\` integer not null default 1;`);

    this.addSql(`alter table \`partnership\` add column \`version\` integer not null default 1;`);
  }
}
