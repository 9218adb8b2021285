import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145646 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`district\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`slug\` text not null, \`state\` text not null, \`nces_lea_id\` text not null, \`city\` text null, \`website\` text null, \`description\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`district_slug_unique\` on \`district\` (\`slug\`);`);
    this.addSql(`create unique index \`district_nces_lea_id_unique\` on \`district\` (\`nces_lea_id\`);`);

    this.addSql(
      `create table \`opportunity_list_version\` (\`id\` integer not null primary key autoincrement, \`district_id\` integer not null, \`number\` integer not null, \`published_at\` datetime not null, \`published_by_name\` text not null, \`summary\` text null, \`opportunity_count\` integer not null, constraint \`opportunity_list_version_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`opportunity_list_version_district_id_index\` on \`opportunity_list_version\` (\`district_id\`);`,
    );
    this.addSql(
      `create index \`opportunity_list_version_district_id_id_index\` on \`opportunity_list_version\` (\`district_id\`, \`id\`);`,
    );
    this.addSql(
      `create unique index \`opportunity_list_version_district_id_number_unique\` on \`opportunity_list_version\` (\`district_id\`, \`number\`);`,
    );

    this.addSql(
      `create table \`partner_organization\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`slug\` text not null, \`kind\` text check (\`kind\` in ('BUSINESS', 'NONPROFIT', 'HIGHER_EDUCATION', 'GOVERNMENT', 'RECREATION', 'JUVENILE_JUSTICE', 'FAITH_BASED', 'HEALTHCARE', 'OTHER')) not null, \`website\` text null, \`description\` text null, \`address\` text null, \`city\` text null, \`state\` text null, \`postal_code\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`,
    );
    this.addSql(
      `create unique index \`partner_organization_slug_unique\` on \`partner_organization\` (\`slug\`);`,
    );

    this.addSql(
      `create table \`partner_contact\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`name\` text not null, \`title\` text null, \`email\` text null, \`phone\` text null, \`publishable\` integer not null default false, constraint \`partner_contact_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner_organization\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`partner_contact_partner_id_index\` on \`partner_contact\` (\`partner_id\`);`);

    this.addSql(
      `create table \`opportunity\` (\`id\` integer not null primary key autoincrement, \`version_id\` integer not null, \`district_id\` integer not null, \`partner_id\` integer null, \`listing_id\` text not null, \`position\` integer not null, \`title\` text not null, \`summary\` text not null, \`description\` text not null, \`type\` text check (\`type\` in ('APPRENTICESHIP', 'PRE_APPRENTICESHIP', 'CLINICAL_WORK', 'COOPERATIVE_EDUCATION', 'ENTREPRENEURSHIP', 'JOB_SHADOWING', 'MENTORSHIP', 'PAID_INTERNSHIP', 'UNPAID_INTERNSHIP', 'ON_THE_JOB', 'SCHOOL_BASED_ENTERPRISE', 'SERVICE_LEARNING', 'SIMULATED_WORKSITE', 'SUPERVISED_AGRICULTURAL', 'EXTENDED_LEARNING', 'OTHER')) not null, \`location_mode\` text check (\`location_mode\` in ('ON_SITE', 'REMOTE', 'HYBRID')) not null, \`street\` text null, \`city\` text null, \`state\` text null, \`postal_code\` text null, \`start_date\` date null, \`end_date\` date null, \`hours_per_week\` real null, \`grade_min\` integer not null, \`grade_max\` integer not null, \`minimum_age\` integer null, \`other_requirements\` text null, \`capacity\` integer null, \`compensation\` text check (\`compensation\` in ('PAID', 'STIPEND', 'UNPAID')) not null, \`compensation_details\` text null, \`earns_credit\` integer not null default false, \`credit_amount\` real null, \`credit_subject\` text null, \`career_cluster\` text null, \`skills\` json not null, \`apply_url\` text null, \`apply_email\` text null, \`apply_instructions\` text null, \`deadline\` date null, \`accessibility_notes\` text null, \`transport_notes\` text null, \`contact_name\` text null, \`contact_email\` text null, \`contact_phone\` text null, \`contact_publishable\` integer not null default false, \`first_published_at\` datetime not null, \`search_text\` text not null, constraint \`opportunity_version_id_foreign\` foreign key(\`version_id\`) references \`opportunity_list_version\`(\`id\`) on delete cascade on update cascade, constraint \`opportunity_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade, constraint \`opportunity_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner_organization\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`opportunity_version_id_index\` on \`opportunity\` (\`version_id\`);`);
    this.addSql(`create index \`opportunity_district_id_index\` on \`opportunity\` (\`district_id\`);`);
    this.addSql(`create index \`opportunity_listing_id_index\` on \`opportunity\` (\`listing_id\`);`);
    this.addSql(`create index \`opportunity_partner_id_index\` on \`opportunity\` (\`partner_id\`);`);
    this.addSql(
      `create index \`opportunity_version_id_deadline_index\` on \`opportunity\` (\`version_id\`, \`deadline\`);`,
    );

    this.addSql(
      `create table \`partnership\` (\`id\` integer not null primary key autoincrement, \`district_id\` integer not null, \`partner_id\` integer not null, \`status\` text check (\`status\` in ('PROSPECT', 'ACTIVE', 'PAUSED', 'ENDED')) not null, \`start_date\` date null, \`end_date\` date null, \`commitments\` text null, \`conditions\` json not null, \`participates_in_vision\` integer not null default false, \`agreement_url\` text null, \`agreement_signed_on\` date null, \`agreement_renewal_on\` date null, \`district_contact_name\` text null, \`district_contact_email\` text null, \`partner_contact_name\` text null, \`partner_contact_email\` text null, \`notes\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`partnership_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete cascade on update cascade, constraint \`partnership_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner_organization\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`partnership_district_id_index\` on \`partnership\` (\`district_id\`);`);
    this.addSql(`create index \`partnership_partner_id_index\` on \`partnership\` (\`partner_id\`);`);
    this.addSql(
      `create unique index \`partnership_district_id_partner_id_unique\` on \`partnership\` (\`district_id\`, \`partner_id\`);`,
    );
  }
}
