// Builds the benchmark database: the server's own schema (through its migrations), then a
// deterministic data set loaded with set-based SQL (INSERT … SELECT generate_series).
import pg from 'pg';

export const DATASET_VERSION = 'partnerhub-bench-dataset v2';

export const SIZES = {
  districts: 20,
  partners: 2_000,
  opportunitiesPerDistrict: 5_000,
};
SIZES.opportunities = SIZES.districts * SIZES.opportunitiesPerDistrict;
// Every partner works with its home district and one other: 4,000 partnerships, 200 partners per district.
SIZES.partnerships = SIZES.partners * 2;

/**
 * The district the publishing workload (publish.mjs) creates for one run and removes afterwards; it is
 * not part of the data set.
 */
export const PUBLISH_DISTRICT_SLUG = 'bench-publish';

/** Server URL with the database name replaced. */
export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database if it is missing (drops it first when `recreate`). */
async function ensureDatabase(adminUrl, name, recreate) {
  await withClient(adminUrl, async (c) => {
    if (recreate) await c.query(`drop database if exists ${quoteIdent(name)} with (force)`);
    const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await c.query(`create database ${quoteIdent(name)}`);
  });
}

/** Applies the server's migrations using the built server (server/dist). */
async function migrateWithServer(url) {
  const { openOrm, migrate } = await import('@partnerhub/server/dist/db/orm.js');
  const orm = await openOrm({ dialect: 'postgresql', url });
  try {
    return await migrate(orm);
  } finally {
    await orm.close(true);
  }
}

async function isLoaded(c) {
  const { rows } = await c.query(`
    select (select count(*) from district)::int as districts,
           (select count(*) from partner_organization)::int as partners,
           (select count(*) from partnership)::int as partnerships,
           (select count(*) from opportunity_list_version)::int as versions,
           (select count(*) from opportunity)::int as opportunities,
           obj_description('opportunity'::regclass, 'pg_class') as marker`);
  const r = rows[0];
  return (
    r.marker === DATASET_VERSION &&
    r.districts === SIZES.districts &&
    r.partners === SIZES.partners &&
    r.partnerships === SIZES.partnerships &&
    r.versions === SIZES.districts &&
    r.opportunities === SIZES.opportunities
  );
}

// A pseudo-random non-negative int from a seed expression and a salt, stable across runs.
const h = (expr, salt) => `(hashint4((${expr}) * 97 + ${salt}) & 2147483647)`;
const pick = (array, expr, salt) => `(${array})[1 + ${h(expr, salt)} % cardinality(${array})]`;

const sqlArray = (items) => `array[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')}]::text[]`;

const STATES = sqlArray(['CA', 'OR', 'WA', 'NV', 'AZ', 'CO', 'TX', 'NM', 'UT', 'ID']);
const CITIES = sqlArray([
  'Riverside',
  'Fairview',
  'Lakewood',
  'Springfield',
  'Greenville',
  'Madison',
  'Georgetown',
  'Salem',
  'Franklin',
  'Clinton',
  'Ashland',
  'Milton',
  'Oakdale',
  'Bristol',
  'Dayton',
  'Marion',
]);
const ORG_ADJ = sqlArray([
  'Northwind',
  'Blue Ridge',
  'Summit',
  'Harbor',
  'Evergreen',
  'Cedar',
  'Pioneer',
  'Keystone',
  'Silverline',
  'Redwood',
  'Granite',
  'Meadow',
  'Lighthouse',
  'Canyon',
  'Prairie',
  'Aspen',
  'Beacon',
  'Frontier',
]);
const ORG_NOUN = sqlArray([
  'Robotics',
  'Health',
  'Builders',
  'Media',
  'Energy',
  'Foods',
  'Logistics',
  'Design',
  'Software',
  'Farms',
  'Credit Union',
  'Clinic',
  'Studios',
  'Engineering',
  'Outfitters',
  'Printing',
  'Auto Works',
  'Labs',
]);
const KINDS = `enum_range(null::partner_kind)::text[]`;
const TYPES = `enum_range(null::opportunity_type)::text[]`;
const MODES = `enum_range(null::location_mode)::text[]`;
const COMPENSATIONS = `enum_range(null::compensation)::text[]`;
const STATUSES = sqlArray(['ACTIVE', 'ACTIVE', 'ACTIVE', 'PROSPECT', 'PAUSED', 'ENDED']);
const ROLE = sqlArray([
  'Internship',
  'Apprenticeship',
  'Job Shadow',
  'Mentorship',
  'Project',
  'Fellowship',
  'Workshop',
  'Residency',
]);
const FIELD = sqlArray([
  'Robotics',
  'Nursing',
  'Carpentry',
  'Marketing',
  'Web Development',
  'Accounting',
  'Agriculture',
  'Welding',
  'Graphic Design',
  'Culinary',
  'Automotive',
  'Data Analysis',
  'Video Production',
  'Electrical',
  'Pharmacy',
  'Veterinary',
  'Journalism',
  'Law',
  'Architecture',
  'Retail',
  'Hospitality',
  'Aviation',
  'Forestry',
  'Biotech',
]);
const LEVEL = sqlArray([
  'Introductory',
  'Advanced',
  'Summer',
  'After-school',
  'Weekend',
  'Spring',
  'Fall',
  'Youth',
]);
const SKILLS = sqlArray([
  'teamwork',
  'communication',
  'problem solving',
  'customer service',
  'python',
  'excel',
  'cad',
  'welding',
  'first aid',
  'public speaking',
  'writing',
  'photography',
  'video editing',
  'spanish',
  'sales',
  'budgeting',
  'carpentry',
  'patient care',
  'lab safety',
  'soldering',
  'javascript',
  'data entry',
  'food safety',
  'scheduling',
  'research',
  'leadership',
  'drafting',
  'animal care',
  'forklift',
  'social media',
  'illustration',
  'statistics',
  'networking',
  'electrical wiring',
  'plumbing',
  'marketing',
  'inventory',
  'critical thinking',
  'cpr',
  'design',
]);
const CLUSTERS = sqlArray([
  'Agriculture, Food & Natural Resources',
  'Architecture & Construction',
  'Arts, A/V Technology & Communications',
  'Business Management & Administration',
  'Education & Training',
  'Finance',
  'Government & Public Administration',
  'Health Science',
  'Hospitality & Tourism',
  'Human Services',
  'Information Technology',
  'Law, Public Safety, Corrections & Security',
  'Manufacturing',
  'Marketing',
  'Science, Technology, Engineering & Mathematics',
  'Transportation, Distribution & Logistics',
]);
const SENTENCES = sqlArray([
  'Students work alongside experienced staff on real projects and present their results at the end of the term.',
  'A mentor meets each participant weekly to set goals, review progress and reflect on what they learned.',
  'Participants rotate through several teams to see how the organization plans, builds and delivers its work.',
  'No prior experience is needed; we provide safety training, equipment and a quiet place to study.',
  'The program ends with a short portfolio review that students can use in college and job applications.',
  'Transportation help is available for students who live more than two miles from the site.',
  'Spanish-speaking staff are on site and families are welcome at the opening and closing events.',
  'Students learn the tools of the trade, keep a daily log and earn a certificate of completion.',
]);

/** The set-based statements that fill an empty, migrated database. */
function loadStatements() {
  const { districts: D, partners: P, opportunitiesPerDistrict: N, opportunities: O } = SIZES;
  return [
    `truncate district, partner_organization, partner_contact, partnership, opportunity_list_version, opportunity restart identity cascade`,
    `insert into district (name, slug, state, nces_lea_id, city, website, description, created_at, updated_at)
     select ${pick(CITIES, 'd', 1)} || ' Unified School District ' || d,
            'bench-district-' || lpad(d::text, 2, '0'),
            ${pick(STATES, 'd', 2)},
            '06' || lpad(d::text, 5, '0'),
            ${pick(CITIES, 'd', 1)},
            'https://district' || d || '.example.org',
            'A public school district serving students from kindergarten through grade 12.',
            timestamptz '2025-08-01 08:00:00+00', timestamptz '2025-08-01 08:00:00+00'
     from generate_series(1, ${D}) d`,
    `insert into partner_organization (name, slug, kind, website, description, address, city, state, postal_code, created_at, updated_at)
     select ${pick(ORG_ADJ, 'p', 3)} || ' ' || ${pick(ORG_NOUN, 'p', 4)} || ' ' || p,
            'partner-' || lpad(p::text, 4, '0'),
            (${pick(KINDS, 'p', 5)})::partner_kind,
            'https://partner' || p || '.example.com',
            'A community partner offering work-based learning to local students.',
            (100 + ${h('p', 6)} % 9000) || ' Main Street',
            ${pick(CITIES, 'p', 7)}, ${pick(STATES, 'p', 8)}, lpad((${h('p', 9)} % 99999)::text, 5, '0'),
            timestamptz '2025-08-01 08:00:00+00', timestamptz '2025-08-01 08:00:00+00'
     from generate_series(1, ${P}) p`,
    `insert into partner_contact (partner_id, name, title, email, phone, publishable)
     select p, 'Contact ' || p, 'Program Coordinator', 'contact' || p || '@partner' || p || '.example.com',
            '555-01' || lpad((p % 100)::text, 2, '0'), p % 2 = 0
     from generate_series(1, ${P}) p`,
    // Partner p's home district is ((p-1) % D) + 1; its second district is (home + 6) % D + 1.
    `insert into partnership (district_id, partner_id, status, start_date, commitments, conditions, participates_in_vision, accepted_at, created_at, updated_at)
     select dist, p, (${pick(STATUSES, 'p * 2 + k', 10)})::partnership_status, date '2025-09-01',
            'Hosts students for work-based learning.', '[]'::jsonb, ${h('p', 11)} % 4 = 0,
            -- Agreed by both sides, as the partnership migration counts every non-prospect.
            case when (${pick(STATUSES, 'p * 2 + k', 10)}) <> 'PROSPECT' then timestamptz '2025-08-01 08:00:00+00' end,
            timestamptz '2025-08-01 08:00:00+00', timestamptz '2025-08-01 08:00:00+00'
     from generate_series(1, ${P}) p, generate_series(0, 1) k,
          lateral (select case when k = 0 then ((p - 1) % ${D}) + 1 else ((((p - 1) % ${D}) + 1) + 6) % ${D} + 1 end as dist) x`,
    `insert into opportunity_list_version (district_id, number, published_at, published_by_name, summary, opportunity_count)
     select d, 1, timestamptz '2026-01-05 09:00:00+00', 'Bench Publisher', 'First published list.', ${N}
     from generate_series(1, ${D}) d`,
    // Opportunities g = 1..O; district d holds g in ((d-1)*N, d*N]. Its partner is one of the
    // district's 200 partners (home or second district), or none for about 3% (district-run).
    `insert into opportunity (version_id, district_id, partner_id, listing_id, position, title, summary, description, type,
       location_mode, street, city, state, postal_code, start_date, end_date, hours_per_week, grade_min, grade_max,
       minimum_age, other_requirements, capacity, compensation, compensation_details, earns_credit, credit_amount,
       credit_subject, career_cluster, skills, apply_url, apply_email, apply_instructions, deadline, accessibility_notes,
       transport_notes, contact_name, contact_email, contact_phone, contact_publishable, first_published_at, search_text)
     select x.d, x.d, x.partner_id, x.listing_id, x.pos, x.title, x.summary, x.description, x.type::opportunity_type,
       x.mode::location_mode, case when x.mode = 'REMOTE' then null else (100 + x.h1 % 900) || ' Oak Avenue' end,
       case when x.mode = 'REMOTE' then null else x.city end, case when x.mode = 'REMOTE' then null else 'CA' end,
       case when x.mode = 'REMOTE' then null else '9' || lpad((x.h2 % 10000)::text, 4, '0') end,
       date '2026-02-01' + (x.h3 % 120), date '2026-06-01' + (x.h3 % 90), 4 + (x.h4 % 30),
       x.gmin, x.gmin + x.h5 % (13 - x.gmin), case when x.h6 % 3 = 0 then 14 + x.h6 % 3 end, null,
       1 + x.h1 % 12, x.comp::compensation, case when x.comp = 'PAID' then '$' || (15 + x.h2 % 10) || '/hour' end,
       x.h4 % 4 = 0, case when x.h4 % 4 = 0 then 0.5 end, case when x.h4 % 4 = 0 then 'Career Technical Education' end,
       x.cluster, to_jsonb(x.skills), 'https://apply.example.com/' || x.listing_id, null, 'Apply online before the deadline.',
       x.deadline, 'The site is wheelchair accessible.', null, 'Coordinator ' || x.g, 'coordinator' || x.g || '@example.com',
       null, x.h6 % 2 = 0, timestamptz '2026-01-05 09:00:00+00' - make_interval(secs => x.g),
       lower(concat_ws(E'\\n', x.title, x.summary, x.description, array_to_string(x.skills, ' '), coalesce(x.cluster, ''),
                        coalesce(po.name, '')))
     from (
       select g, d, pos, partner_id, listing_id, h1, h2, h3, h4, h5, h6, city, mode, comp, gmin, cluster, skills, deadline,
              level || ' ' || field || ' ' || role || ' #' || pos as title,
              'Explore ' || lower(field) || ' through a ' || lower(role) || ' with hands-on projects and a mentor.' as summary,
              s1 || ' ' || s2 || ' ' || s3 || E'\\n\\nYou will practise ' || array_to_string(skills, ', ') || ' in a ' || lower(field) || ' setting.' as description,
              type
       from (
         select g, d, pos, listing_id, h1, h2, h3, h4, h5, h6,
                case when h1 % 100 < 3 then null
                     when h2 % 200 < 100 then d + ${D} * (h2 % 100)
                     else ((d - 8 + ${D}) % ${D}) + 1 + ${D} * (h2 % 100) end as partner_id,
                ${pick(CITIES, 'g', 20)} as city,
                ${pick(MODES, 'g', 21)} as mode,
                ${pick(COMPENSATIONS, 'g', 22)} as comp,
                6 + h3 % 7 as gmin,
                case when h4 % 10 = 0 then null else ${pick(CLUSTERS, 'g', 23)} end as cluster,
                (array[${pick(SKILLS, 'g', 24)}, sk[1 + (${h('g', 24)} % 40 + 1 + h5 % 19) % 40],
                       sk[1 + (${h('g', 24)} % 40 + 2 + h5 % 19 + h6 % 19) % 40],
                       sk[1 + (${h('g', 24)} % 40 + 3 + h5 % 19 + h6 % 19 + h1 % 17) % 40]])[1:2 + h2 % 3] as skills,
                case when h6 % 10 = 0 then null else date '2026-01-15' + (${h('g', 17)} % 540) end as deadline,
                ${pick(LEVEL, 'g', 25)} as level, ${pick(FIELD, 'g', 26)} as field, ${pick(ROLE, 'g', 27)} as role,
                ${pick(SENTENCES, 'g', 28)} as s1, ${pick(SENTENCES, 'g', 29)} as s2, ${pick(SENTENCES, 'g', 30)} as s3,
                ${pick(TYPES, 'g', 31)} as type
         from (
           select g, ((g - 1) / ${N}) + 1 as d, ((g - 1) % ${N}) + 1 as pos, md5('listing-' || g)::uuid::text as listing_id,
                  ${h('g', 11)} as h1, ${h('g', 12)} as h2, ${h('g', 13)} as h3, ${h('g', 14)} as h4,
                  ${h('g', 15)} as h5, ${h('g', 16)} as h6, ${SKILLS} as sk
           from generate_series(1, ${O}) g
         ) base
       ) y
     ) x
     left join partner_organization po on po.id = x.partner_id
     order by x.g`,
    `comment on table opportunity is '${DATASET_VERSION}'`,
  ];
}

/** Deletes what the server keeps about a district outside its foreign keys: collaborative documents, audit. */
export async function forgetDistrictDocuments(c, districtId) {
  await c.query('delete from collab_update where doc_name = any($1::text[])', [
    [`opportunities:${districtId}`, `vision:${districtId}`],
  ]);
  await c.query('delete from audit_entry where district_id = $1', [districtId]);
}

/**
 * Removes the publishing workload's district with everything it published (its versions and their
 * opportunities go with it through the foreign keys), then vacuums, so the next run starts from the
 * data set alone. Returns what it removed, or null when there was none.
 */
export async function removePublishDistrict(c) {
  const { rows } = await c.query(
    `select d.id, (select count(*) from opportunity_list_version v where v.district_id = d.id)::int as versions
     from district d where d.slug = $1`,
    [PUBLISH_DISTRICT_SLUG],
  );
  if (!rows.length) return null;
  const started = performance.now();
  await c.query('begin');
  for (const { id } of rows) await forgetDistrictDocuments(c, id);
  await c.query('delete from district where slug = $1', [PUBLISH_DISTRICT_SLUG]);
  await c.query('commit');
  // Every table the publishing workload writes (publish.mjs): its district, partnerships, their
  // vetting records and its API token go with the district.
  await c.query(
    'vacuum (analyze) opportunity, opportunity_list_version, collab_update, audit_entry, district, partnership, vetting_record, api_token',
  );
  return {
    versions: rows.reduce((n, r) => n + r.versions, 0),
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Makes sure `dbName` holds the benchmark data set: creates the database, applies the server's
 * migrations, and loads the data unless it is already there (or `force`). Returns what it did.
 */
export async function ensureDataset({ serverUrl, dbName, force = false, log = console.log }) {
  const adminUrl = withDatabase(serverUrl, 'postgres');
  const url = withDatabase(serverUrl, dbName);
  await ensureDatabase(adminUrl, dbName, force);
  const applied = await migrateWithServer(url);
  if (applied.length) log(`  migrations applied: ${applied.join(', ')}`);
  return withClient(url, async (c) => {
    const leftover = await removePublishDistrict(c);
    if (leftover)
      log(`  removed the publishing district an earlier run left (${leftover.versions} versions)`);
    if (!force && (await isLoaded(c))) {
      log(`  data set already loaded in ${dbName} (use --force-data to rebuild)`);
      return { url, loaded: false, seconds: 0 };
    }
    const started = performance.now();
    await c.query('begin');
    for (const sql of loadStatements()) await c.query(sql);
    await c.query('commit');
    // As autovacuum would soon after such a load (PostgreSQL 13+ vacuums after inserts too): fresh
    // statistics for the plans, and a visibility map that lets index-only scans skip the rows.
    await c.query('vacuum (analyze)');
    const seconds = (performance.now() - started) / 1000;
    if (!(await isLoaded(c))) throw new Error('The data set did not load completely.');
    log(`  data set loaded into ${dbName} in ${seconds.toFixed(1)} s`);
    return { url, loaded: true, seconds };
  });
}
