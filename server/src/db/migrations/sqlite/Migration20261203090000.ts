import { Migration } from '@mikro-orm/migrations';

/** Running instances and their heartbeats (milliseconds since the epoch), so a divergent start is refused. */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `server_instance` (`id` text not null primary key, `host` text not null, `pid` integer not null, `started_at` integer not null, `heartbeat_at` integer not null, `redis` integer not null);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table `server_instance`;');
  }
}
