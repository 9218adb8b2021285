import { Migration } from '@mikro-orm/migrations';

const ROLES = `'DISTRICT_ADMIN', 'DISTRICT_STAFF', 'STATE_ADMIN', 'STATE_REVIEWER', 'PARTNER_ADMIN', 'PARTNER_MEMBER'`;

/**
 * State agencies, and memberships and invitations in them. SQLite checks the role list in the table
 * definition, so `membership` and `invitation` are rebuilt with the new role; every row is copied.
 * Reviewers that districts invited keep their membership in the district as it is: they go on reading
 * that one district, and reach the other districts of the state only when the state's agency invites
 * them (no one at the state vouched for them before).
 */
export class Migration20261202163000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `state_agency` (`id` integer not null primary key autoincrement, `created_at` datetime not null, `updated_at` datetime not null, `version` integer not null default 1, `name` text not null, `state` text not null, `website` text null, `reviewers_may_decide` integer not null default false);',
    );
    this.addSql('create unique index `state_agency_state_unique` on `state_agency` (`state`);');
    this.addSql('create index `district_state_index` on `district` (`state`);');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      `create table \`membership__new\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`role\` text check (\`role\` in (${ROLES})) not null, \`district_id\` integer null, \`partner_id\` integer null, \`state_agency_id\` integer null, \`created_at\` datetime not null, constraint \`membership_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`membership_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade, constraint \`membership_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner_organization\`(\`id\`) on delete cascade on update cascade, constraint \`membership_state_agency_id_foreign\` foreign key(\`state_agency_id\`) references \`state_agency\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      'insert into `membership__new` (`id`, `user_id`, `role`, `district_id`, `partner_id`, `created_at`) select `id`, `user_id`, `role`, `district_id`, `partner_id`, `created_at` from `membership`;',
    );
    this.addSql('drop table `membership`;');
    this.addSql('alter table `membership__new` rename to `membership`;');
    this.addSql('create index `membership_user_id_index` on `membership` (`user_id`);');
    this.addSql('create index `membership_district_id_index` on `membership` (`district_id`);');
    this.addSql('create index `membership_partner_id_index` on `membership` (`partner_id`);');
    this.addSql('create index `membership_state_agency_id_index` on `membership` (`state_agency_id`);');
    this.addSql(
      'create unique index `membership_user_id_partner_id_unique` on `membership` (`user_id`, `partner_id`);',
    );
    this.addSql(
      'create unique index `membership_user_id_district_id_unique` on `membership` (`user_id`, `district_id`);',
    );
    this.addSql(
      'create unique index `membership_user_id_state_agency_id_unique` on `membership` (`user_id`, `state_agency_id`);',
    );
    this.addSql(
      `create table \`invitation__new\` (\`id\` integer not null primary key autoincrement, \`secret_hash\` text not null, \`email\` text not null, \`role\` text check (\`role\` in (${ROLES})) not null, \`district_id\` integer null, \`partner_id\` integer null, \`state_agency_id\` integer null, \`invited_by_id\` integer null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, \`accepted_by_id\` integer null, \`revoked_at\` datetime null, constraint \`invitation_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade, constraint \`invitation_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner_organization\`(\`id\`) on delete cascade on update cascade, constraint \`invitation_state_agency_id_foreign\` foreign key(\`state_agency_id\`) references \`state_agency\`(\`id\`) on delete cascade on update cascade, constraint \`invitation_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`invitation_accepted_by_id_foreign\` foreign key(\`accepted_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      'insert into `invitation__new` (`id`, `secret_hash`, `email`, `role`, `district_id`, `partner_id`, `invited_by_id`, `created_at`, `expires_at`, `accepted_at`, `accepted_by_id`, `revoked_at`) select `id`, `secret_hash`, `email`, `role`, `district_id`, `partner_id`, `invited_by_id`, `created_at`, `expires_at`, `accepted_at`, `accepted_by_id`, `revoked_at` from `invitation`;',
    );
    this.addSql('drop table `invitation`;');
    this.addSql('alter table `invitation__new` rename to `invitation`;');
    this.addSql('create unique index `invitation_secret_hash_unique` on `invitation` (`secret_hash`);');
    this.addSql('create index `invitation_district_id_index` on `invitation` (`district_id`);');
    this.addSql('create index `invitation_partner_id_index` on `invitation` (`partner_id`);');
    this.addSql('create index `invitation_state_agency_id_index` on `invitation` (`state_agency_id`);');
    this.addSql('create index `invitation_invited_by_id_index` on `invitation` (`invited_by_id`);');
    this.addSql('create index `invitation_accepted_by_id_index` on `invitation` (`accepted_by_id`);');
    this.addSql('pragma foreign_keys = on;');
  }
}
