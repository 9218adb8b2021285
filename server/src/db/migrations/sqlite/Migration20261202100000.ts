import { Migration } from '@mikro-orm/migrations';

/**
 * Partnerships become two-sided requests. A partner without an admin of its own that no district
 * added is from now on managed by the district of its oldest agreement (its oldest partnership that is
 * not a PROSPECT, else its oldest): before, every partnered district could change it. Existing
 * ACTIVE, PAUSED and ENDED partnerships count as accepted; a PROSPECT counts as accepted only when the
 * district speaks for the partner (it manages it); every other PROSPECT becomes a request awaiting
 * the partner.
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
    this.addSql(MANAGE_ORPHANS);
    this.addSql(ACCEPT_EXISTING);
  }

  override async down(): Promise<void> {
    for (const column of ['declined_by_id', 'declined_at', 'accepted_by_id', 'accepted_at', 'proposed_by'])
      this.addSql(`alter table \`partnership\` drop column \`${column}\`;`);
  }
}

export const MANAGE_ORPHANS = `update partner_organization set created_by_district_id = (
    select p.district_id from partnership p where p.partner_id = partner_organization.id
    order by case when p.status = 'PROSPECT' then 1 else 0 end, p.id limit 1)
  where created_by_district_id is null
    and not exists (select 1 from membership m
                    where m.partner_id = partner_organization.id and m.role = 'PARTNER_ADMIN');`;

export const ACCEPT_EXISTING = `update partnership set accepted_at = updated_at
  where status <> 'PROSPECT'
     or exists (select 1 from partner_organization p
                where p.id = partnership.partner_id and p.created_by_district_id = partnership.district_id
                  and not exists (select 1 from membership m
                                  where m.partner_id = p.id and m.role = 'PARTNER_ADMIN'));`;
