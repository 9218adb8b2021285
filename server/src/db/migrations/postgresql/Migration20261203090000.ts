import { Migration } from '@mikro-orm/migrations';

/** Running instances and their heartbeats (milliseconds since the epoch), so a divergent start is refused. */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "server_instance" ("id" varchar(64) not null primary key, "host" varchar(255) not null, "pid" int not null, "started_at" bigint not null, "heartbeat_at" bigint not null, "redis" boolean not null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "server_instance";`);
  }
}
