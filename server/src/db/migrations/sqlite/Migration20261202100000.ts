import { Migration } from '@mikro-orm/migrations';

/**
 * Partnerships become two-sided requests. Existing ACTIVE, PAUSED and ENDED partnerships count as
 * accepted; a PROSPECT counts as accepted only when the district speaks for the partner (it added the
 * partner, which has no admin of its own); every other PROSPECT becomes a request awaiting the partner.
 */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "alter table `partnership` add column `proposed_by` text check (`proposed_by` in ('DISTRICT', 'PARTNER')) not null default 'DISTRICT';",
    );
    this.addSql('alter table `partnership` add column `accepted_at` datetime null;');
    this.addSql(
      'alter table `partnership` add column `accepted_by_id` integer null references `app_user` (`id`) on update cascade on delete set null;',
    );
    this.addSql('alter table `partnership` add column `declined_at` datetime null;');
    this.addSql(
      'alter table `partnership` add column `declined_by_id` integer null references `app_user` (`id`) on update cascade on delete set null;',
    );
    this.addSql(ACCEPT_EXISTING);
  }

  override async down(): Promise<void> {
    for (const column of ['declined_by_id', 'declined_at', 'accepted_by_id', 'accepted_at', 'proposed_by'])
      this.addSql(`alter table \`partnership\` drop column \`${column}\`;`);
  }
}

export const ACCEPT_EXISTING = `update partnership set accepted_at = updated_at
  where status <> 'PROSPECT'
     or exists (select 1 from partner_organization p
                where p.id = partnership.partner_id and p.created_by_district_id = partnership.district_id
                  and not exists (select 1 from membership m
                                  where m.partner_id = p.id and m.role = 'PARTNER_ADMIN'));`;
