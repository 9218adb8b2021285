import { Migration } from '@mikro-orm/migrations';

/** Notifications in the app, each person's e-mail choices, the durable mail queue and its signing key. */
export class Migration20261203092006 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`mail_job\` (\`id\` integer not null primary key autoincrement, \`dedupe_key\` text not null, \`message\` text not null, \`run_at\` bigint not null, \`attempts\` integer not null, \`claimed_by\` text null, \`lease_until\` bigint null, \`sent_at\` bigint null, \`given_up_at\` bigint null, \`last_error\` text null, \`created_at\` bigint not null);`,
    );
    this.addSql(`create unique index \`mail_job_dedupe_key_unique\` on \`mail_job\` (\`dedupe_key\`);`);
    this.addSql(
      `create index \`mail_job_sent_at_given_up_at_run_at_index\` on \`mail_job\` (\`sent_at\`, \`given_up_at\`, \`run_at\`);`,
    );
    this.addSql(
      `create table \`notification_signing_key\` (\`id\` integer not null, \`secret\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create table \`notification_preference\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`kind\` text check (\`kind\` in ('LISTING_PUBLISHED', 'LISTING_HELD_BACK', 'LIST_PUBLISHED', 'VETTING_EXPIRING', 'PARTNERSHIP_REQUESTED', 'PARTNERSHIP_ANSWERED', 'COMMENT_MENTION', 'FLEXIBILITY_DECISION')) not null, \`delivery\` text check (\`delivery\` in ('IMMEDIATE', 'DAILY_DIGEST', 'OFF')) not null, constraint \`notification_preference_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create unique index \`notification_preference_user_id_kind_unique\` on \`notification_preference\` (\`user_id\`, \`kind\`);`,
    );
    this.addSql(
      `create table \`notification\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`kind\` text check (\`kind\` in ('LISTING_PUBLISHED', 'LISTING_HELD_BACK', 'LIST_PUBLISHED', 'VETTING_EXPIRING', 'PARTNERSHIP_REQUESTED', 'PARTNERSHIP_ANSWERED', 'COMMENT_MENTION', 'FLEXIBILITY_DECISION')) not null, \`title\` text not null, \`body\` text not null, \`path\` text not null, \`dedupe_key\` text not null, \`created_at\` datetime not null, \`read_at\` datetime null, \`awaiting_digest\` integer not null default false, constraint \`notification_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`notification_user_id_read_at_index\` on \`notification\` (\`user_id\`, \`read_at\`);`,
    );
    this.addSql(
      `create unique index \`notification_user_id_dedupe_key_unique\` on \`notification\` (\`user_id\`, \`dedupe_key\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`notification\`;`);
    this.addSql(`drop table if exists \`notification_preference\`;`);
    this.addSql(`drop table if exists \`notification_signing_key\`;`);
    this.addSql(`drop table if exists \`mail_job\`;`);
  }
}
