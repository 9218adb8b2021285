import { Migration } from '@mikro-orm/migrations';

/** Which Yjs encoding a logged update uses: 1 (clients' updates) or 2 (compacted snapshots, smaller and faster to load). */
export class Migration20261201230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `collab_update` add column `encoding` integer not null default 1;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table `collab_update` drop column `encoding`;');
  }
}
