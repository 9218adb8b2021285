// The publishing workload: one district's live draft list of 2,000 listings, built and edited through
// the GraphQL API (and once in a while through the collaboration WebSocket, as the editor does), then
// published as 50 numbered versions; every publish request is timed. See README.md.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PUBLISH_DISTRICT_SLUG, forgetDistrictDocuments } from './dataset.mjs';

export const PUBLISH_TARGET_MS = 2000;

/** Partnerships of the publishing district, by what publishing makes of their listings. */
const PARTNERS = {
  /** Active, no vetting expired: published. A third of them have every vetting record valid. */
  active: 52,
  /** Active, but one vetting record expired: held back. */
  expiredVetting: 4,
  /** Active while the draft is built, then paused (2) or ended (2): held back. */
  inactive: 4,
};
const HELD_BACK_EVERY = 50; // rows i with i % 50 === 7 are offered by a held-back partner (2%)
const DISTRICT_RUN_EVERY = 12; // rows i with i % 12 === 0 are offered by the district itself (8%)
const CSV_ROWS_PER_REQUEST = 250; // about 140 KiB of JSON: well under the 1,000-row and 256 KiB request limits
const EDIT_CONCURRENCY = 4;

// ---------------------------------------------------------------------------------------------
// Deterministic listing data

/** mulberry32: a small seeded PRNG, so every run builds and edits the same list. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
}

const TYPES = [
  'APPRENTICESHIP',
  'PRE_APPRENTICESHIP',
  'CLINICAL_WORK',
  'COOPERATIVE_EDUCATION',
  'ENTREPRENEURSHIP',
  'JOB_SHADOWING',
  'MENTORSHIP',
  'PAID_INTERNSHIP',
  'UNPAID_INTERNSHIP',
  'ON_THE_JOB',
  'SCHOOL_BASED_ENTERPRISE',
  'SERVICE_LEARNING',
  'SIMULATED_WORKSITE',
  'SUPERVISED_AGRICULTURAL',
  'EXTENDED_LEARNING',
  'OTHER',
];
const MODES = ['ON_SITE', 'ON_SITE', 'HYBRID', 'REMOTE'];
const COMPENSATIONS = ['PAID', 'STIPEND', 'UNPAID', 'UNPAID'];
const LEVELS = ['Introductory', 'Advanced', 'Summer', 'After-school', 'Weekend', 'Spring', 'Fall', 'Youth'];
const FIELDS = [
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
];
const ROLES = [
  'Internship',
  'Apprenticeship',
  'Job Shadow',
  'Mentorship',
  'Project',
  'Fellowship',
  'Workshop',
];
const CITIES = [
  'Riverside',
  'Fairview',
  'Lakewood',
  'Springfield',
  'Greenville',
  'Madison',
  'Salem',
  'Ashland',
];
const SKILLS = [
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
  'spanish',
  'budgeting',
  'patient care',
  'lab safety',
  'javascript',
  'food safety',
  'research',
  'leadership',
];
const CLUSTERS = [
  'Health Science',
  'Information Technology',
  'Manufacturing',
  'Architecture & Construction',
  'Hospitality & Tourism',
  'Finance',
];
const SENTENCES = [
  'Students work alongside experienced staff on real projects and present their results at the end of the term.',
  'A mentor meets each participant weekly to set goals, review progress and reflect on what they learned.',
  'Participants rotate through several teams to see how the organization plans, builds and delivers its work.',
  'No prior experience is needed; we provide safety training, equipment and a quiet place to study.',
  'Transportation help is available for students who live more than two miles from the site.',
];

const DAY = 86_400_000;
const addDays = (iso, days) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

function skillsOf(rng) {
  const n = 2 + rng.int(3);
  const start = rng.int(SKILLS.length);
  return Array.from({ length: n }, (_, k) => SKILLS[(start + k * 3) % SKILLS.length]);
}

/** The fields of listing `i` (GraphQL input names); deadlines fall before every end date. */
function listingFields(i, rng) {
  const field = rng.pick(FIELDS);
  const role = rng.pick(ROLES);
  const mode = rng.pick(MODES);
  const compensation = rng.pick(COMPENSATIONS);
  const gradeMin = 6 + rng.int(7);
  return {
    title: `${rng.pick(LEVELS)} ${field} ${role} #${i + 1}`,
    summary: `Explore ${field.toLowerCase()} through a ${role.toLowerCase()} with hands-on projects and a mentor.`,
    description: `${rng.pick(SENTENCES)} ${rng.pick(SENTENCES)}`,
    type: rng.pick(TYPES),
    locationMode: mode,
    city: mode === 'REMOTE' ? null : rng.pick(CITIES),
    state: mode === 'REMOTE' ? null : 'CA',
    postalCode: mode === 'REMOTE' ? null : `9${String(rng.int(10000)).padStart(4, '0')}`,
    startDate: addDays('2026-02-01', rng.int(120)),
    endDate: addDays('2026-06-01', rng.int(90)),
    hoursPerWeek: 4 + rng.int(30),
    gradeMin,
    gradeMax: gradeMin + rng.int(13 - gradeMin),
    capacity: 1 + rng.int(12),
    compensation,
    compensationDetails: compensation === 'PAID' ? `$${15 + rng.int(10)}/hour` : null,
    careerCluster: rng.int(10) === 0 ? null : rng.pick(CLUSTERS),
    skills: skillsOf(rng),
    applyUrl: `https://apply.example.com/bench-publish/${i + 1}`,
    deadline: rng.int(10) === 0 ? null : addDays('2026-01-15', rng.int(130)),
    contactName: `Coordinator ${i + 1}`,
    contactEmail: `coordinator${i + 1}@example.com`,
    contactPublishable: rng.int(2) === 0,
  };
}

const CSV_COLUMNS = [
  ['title', 'title'],
  ['summary', 'summary'],
  ['description', 'description'],
  ['type', 'type'],
  ['location_mode', 'locationMode'],
  ['city', 'city'],
  ['state', 'state'],
  ['postal_code', 'postalCode'],
  ['start_date', 'startDate'],
  ['end_date', 'endDate'],
  ['hours_per_week', 'hoursPerWeek'],
  ['grade_min', 'gradeMin'],
  ['grade_max', 'gradeMax'],
  ['capacity', 'capacity'],
  ['compensation', 'compensation'],
  ['compensation_details', 'compensationDetails'],
  ['career_cluster', 'careerCluster'],
  ['skills', 'skills'],
  ['apply_url', 'applyUrl'],
  ['deadline', 'deadline'],
  ['contact_name', 'contactName'],
  ['contact_email', 'contactEmail'],
  ['contact_publishable', 'contactPublishable'],
];

const csvCell = (value) => {
  const text = value == null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function csvOf(rows) {
  const header = [...CSV_COLUMNS.map(([c]) => c), 'partner'].join(',');
  const lines = rows.map(({ fields, partner }) =>
    [...CSV_COLUMNS.map(([, f]) => csvCell(fields[f])), csvCell(partner?.name ?? '')].join(','),
  );
  return `${header}\r\n${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// GraphQL

const IMPORT = `mutation Import($input: ImportOpportunitiesCsvInput!) {
  importOpportunitiesCsv(input: $input) {
    importedCount
    rows { row listingId problems { field message } }
    userErrors { field code message }
  }
}`;
const SUBMIT = `mutation Submit($input: SubmitOpportunityInput!) {
  submitOpportunity(input: $input) { listingId userErrors { field code message } }
}`;
const UPDATE = `mutation Update($input: UpdateDraftOpportunityInput!) {
  updateDraftOpportunity(input: $input) { listingId userErrors { field code message } }
}`;
const PUBLISH = `mutation Publish($input: PublishOpportunityListInput!) {
  publishOpportunityList(input: $input) {
    version { id number opportunityCount }
    problems { listingId title field message }
    heldBack { listingId title reason }
    userErrors { field code message }
  }
}`;

const globalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

// ---------------------------------------------------------------------------------------------
// Set-up in the database

/**
 * Creates the publishing district (after removing one left by an earlier run): partnerships with 60
 * of the data set's partners (52 active, 4 with an expired vetting record, 4 to be paused or ended),
 * and a READ_WRITE API token of the district (tokens act as district staff, who may publish).
 */
async function createPublishDistrict(dbUrl) {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    await c.query('begin');
    const {
      rows: [district],
    } = await c.query(
      `insert into district (name, slug, state, nces_lea_id, city, website, description, created_at, updated_at)
       values ('Publishing Bench Unified School District', $1, 'CA', '0699990', 'Riverside',
               'https://publish.example.org', 'The district whose list the publishing benchmark builds.', now(), now())
       returning id`,
      [PUBLISH_DISTRICT_SLUG],
    );
    await forgetDistrictDocuments(c, district.id);
    const total = PARTNERS.active + PARTNERS.expiredVetting + PARTNERS.inactive;
    // Partners 3, 13, 23, …: spread over the data set's home districts.
    const { rows: partnerRows } = await c.query(
      `select id, name from partner_organization where id % 10 = 3 order by id limit $1`,
      [total],
    );
    if (partnerRows.length < total) throw new Error(`the data set has only ${partnerRows.length} partners`);
    const partners = partnerRows.map((p, k) => ({
      id: p.id,
      name: p.name,
      role:
        k < PARTNERS.active
          ? 'active'
          : k < PARTNERS.active + PARTNERS.expiredVetting
            ? 'expiredVetting'
            : 'inactive',
    }));
    const { rows: partnerships } = await c.query(
      `insert into partnership (district_id, partner_id, status, start_date, commitments, conditions, accepted_at, created_at, updated_at)
       select $1, p, 'ACTIVE', date '2025-09-01', 'Hosts students for work-based learning.', '[]'::jsonb, now(), now(), now()
       from unnest($2::int[]) p returning id, partner_id`,
      [district.id, partners.map((p) => p.id)],
    );
    const partnershipOf = new Map(partnerships.map((r) => [r.partner_id, r.id]));
    // Vetting records: every third active partner is fully vetted; the expired ones have valid records
    // but one insurance record that lapsed.
    const vetting = [];
    partners.forEach((p, k) => {
      if ((p.role === 'active' && k % 3 === 0) || p.role === 'expiredVetting')
        for (const kind of ['AGREEMENT', 'INSURANCE', 'BACKGROUND_CHECK'])
          vetting.push({
            partnership: partnershipOf.get(p.id),
            kind,
            expires: p.role === 'expiredVetting' && kind === 'INSURANCE' ? '2024-06-30' : '2099-06-30',
          });
    });
    await c.query(
      `insert into vetting_record (partnership_id, kind, verified_on, expires_on, updated_at)
       select v.partnership, v.kind::vetting_kind, date '2025-08-15', v.expires::date, now()
       from jsonb_to_recordset($1::jsonb) as v(partnership int, kind text, expires text)`,
      [JSON.stringify(vetting)],
    );
    const secret = `pht_${randomBytes(32).toString('base64url')}`;
    await c.query(
      `insert into api_token (name, secret_hash, prefix, scope, district_id, created_at)
       values ('Publishing benchmark', $1, $2, 'READ_WRITE', $3, now())`,
      [createHash('sha256').update(secret).digest('hex'), secret.slice(0, 12), district.id],
    );
    await c.query('commit');
    return { districtId: district.id, partners, secret };
  } catch (error) {
    await c.query('rollback').catch(() => {});
    throw error;
  } finally {
    await c.end();
  }
}

/** Takes the "inactive" partners' partnerships out of ACTIVE, after their listings are in the draft. */
async function deactivatePartners(dbUrl, districtId, partners) {
  const inactive = partners.filter((p) => p.role === 'inactive').map((p) => p.id);
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    await c.query(
      `update partnership set status = (case when partner_id = $2 or partner_id = $3 then 'PAUSED' else 'ENDED' end)::partnership_status,
              updated_at = now()
       where district_id = $1 and partner_id = any($4::int[])`,
      [districtId, inactive[0], inactive[1], inactive],
    );
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Removing a listing as the editor does: through the collaboration WebSocket

const SAVED_MESSAGE = 100;

function readVarUint(decoder) {
  let value = 0;
  let factor = 1;
  for (;;) {
    const byte = decoder.arr[decoder.pos++];
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return value;
    factor *= 0x80;
  }
}

/** Opens the district's draft as a y-websocket client, deletes one listing and waits until it is stored. */
async function removeListingLive({ apiUrl, districtId, secret, listingId }) {
  class WithToken extends WebSocket {
    constructor(url, protocols) {
      super(url, protocols, { headers: { authorization: `Bearer ${secret}` }, perMessageDeflate: false });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${apiUrl.replace(/^http/, 'ws')}/collab`,
    `opportunities:${districtId}`,
    doc,
    { WebSocketPolyfill: WithToken, disableBc: true },
  );
  let saved = 0;
  let requested = 0;
  const requestSaved = () => {
    requested += 1;
    provider.ws?.send(Uint8Array.from([SAVED_MESSAGE, requested]));
  };
  provider.messageHandlers[SAVED_MESSAGE] = (_encoder, decoder) => {
    saved = readVarUint(decoder);
  };
  // A reconnect drops an unanswered request; the client's sync step 2 resends the removal, so ask again.
  provider.on('sync', (synced) => {
    if (synced && requested > 0) requestSaved();
  });
  try {
    await waitFor(() => provider.synced, 15_000, 'the collaboration WebSocket to sync');
    const listings = doc.getArray('listings');
    const index = listings.toArray().findIndex((m) => m instanceof Y.Map && m.get('id') === listingId);
    if (index < 0) throw new Error(`listing ${listingId} is not in the synced draft`);
    listings.delete(index, 1);
    requestSaved();
    await waitFor(() => saved > 0 && saved === requested, 15_000, 'the server to store the removal');
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

async function waitFor(check, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics

/** Nearest-rank percentile. */
export function percentile(values, q) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))];
}

const stats = (values) => ({
  count: values.length,
  median: percentile(values, 0.5),
  p90: percentile(values, 0.9),
  max: values.length ? Math.max(...values) : null,
  mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
});

// ---------------------------------------------------------------------------------------------

/**
 * Builds the draft list and publishes it `publishes` times, changing it in between; times every
 * publish request. `request(url, options, attempts)` is the benchmark's HTTP client; `probe.start()` and
 * `probe.end(start)` sample the server's SQL counter and the CPU used around each publish and each
 * batch of edits (see run.mjs).
 */
export async function runPublishWorkload({
  api,
  dbUrl,
  request,
  probe,
  listings: LISTINGS = 2000,
  publishes: PUBLISHES = 50,
  editsPerPublish: EDITS = 20,
  log = console.log,
}) {
  const started = performance.now();
  const { districtId, partners, secret } = await createPublishDistrict(dbUrl);
  const districtGid = globalId('District', districtId);
  const active = partners.filter((p) => p.role === 'active');
  const heldBackPartners = partners.filter((p) => p.role !== 'active');
  log(
    `  district ${PUBLISH_DISTRICT_SLUG} (id ${districtId}): ${partners.length} partnerships ` +
      `(${active.length} active, ${PARTNERS.expiredVetting} with an expired vetting record, ${PARTNERS.inactive} to be paused or ended), a READ_WRITE API token`,
  );

  async function gql(query, variables) {
    const t0 = performance.now();
    // One attempt: a mutation must not be sent twice.
    const res = await request(
      `${api.url}/graphql`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query, variables }),
      },
      1,
    );
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`the API answered ${res.status}: ${res.text.slice(0, 500)}`);
    const json = JSON.parse(res.text);
    if (json.errors) throw new Error(`the API answered errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
    return { data: json.data, ms };
  }
  const noUserErrors = (what, payload) => {
    if (payload.userErrors?.length)
      throw new Error(`${what}: ${JSON.stringify(payload.userErrors).slice(0, 500)}`);
    return payload;
  };

  // The draft as this benchmark knows it: listing id, partner, title.
  const draft = [];
  const rng = prng(20260105);

  // 1. The draft: CSV imports of 250 rows each.
  const rows = Array.from({ length: LISTINGS }, (_, i) => {
    const partner =
      i % DISTRICT_RUN_EVERY === 0
        ? null
        : i % HELD_BACK_EVERY === 7
          ? heldBackPartners[Math.floor(i / HELD_BACK_EVERY) % heldBackPartners.length]
          : active[rng.int(active.length)];
    return { fields: listingFields(i, rng), partner };
  });
  const importMs = [];
  let largestBody = 0;
  for (let start = 0; start < rows.length; start += CSV_ROWS_PER_REQUEST) {
    const chunk = rows.slice(start, start + CSV_ROWS_PER_REQUEST);
    const variables = { input: { districtId: districtGid, csv: csvOf(chunk) } };
    largestBody = Math.max(largestBody, Buffer.byteLength(JSON.stringify({ query: IMPORT, variables })));
    const { data, ms } = await gql(IMPORT, variables);
    const payload = noUserErrors('importOpportunitiesCsv', data.importOpportunitiesCsv);
    const bad = payload.rows.filter((r) => r.problems.length);
    if (bad.length || payload.importedCount !== chunk.length)
      throw new Error(
        `importOpportunitiesCsv imported ${payload.importedCount} of ${chunk.length}: ${JSON.stringify(bad.slice(0, 3))}`,
      );
    payload.rows.forEach((r, k) =>
      draft.push({ id: r.listingId, partner: chunk[k].partner, title: chunk[k].fields.title }),
    );
    importMs.push(ms);
  }
  log(
    `  draft of ${draft.length} listings imported in ${importMs.length} CSV requests ` +
      `(largest body ${Math.round(largestBody / 1024)} KiB; ${importMs.map((ms) => `${Math.round(ms)}`).join(', ')} ms)`,
  );
  await deactivatePartners(dbUrl, districtId, partners);

  // 2. Publishes, with edits in between.
  const publishSamples = [];
  const editMs = [];
  const editSamples = [];
  const addMs = [];
  const removeMs = [];
  let added = 0;
  let removed = 0;
  const heldBackReasons = new Map();
  const isHeldBack = (l) => l.partner !== null && l.partner.role !== 'active';

  /** The fields an edit changes: seats, hours, title, summary, skills, deadline or grades in turn. */
  function changesFor(listing, round, k) {
    switch ((round * EDITS + k) % 7) {
      case 0:
        return { capacity: 1 + rng.int(30) };
      case 1:
        return { hoursPerWeek: 2 + rng.int(30) };
      case 2:
        return { title: `${listing.title} (rev ${round})` };
      case 3:
        return {
          summary: `Explore the field through hands-on projects and a mentor; revised for version ${round + 1}.`,
        };
      case 4:
        return { skills: skillsOf(rng) };
      case 5:
        return { deadline: addDays('2026-01-15', rng.int(130)) };
      default: {
        const gradeMin = 6 + rng.int(7);
        return { gradeMin, gradeMax: gradeMin + rng.int(13 - gradeMin) };
      }
    }
  }

  async function edit(listing, changes) {
    const { data, ms } = await gql(UPDATE, {
      input: { districtId: districtGid, listingId: listing.id, ...changes },
    });
    noUserErrors('updateDraftOpportunity', data.updateDraftOpportunity);
    editMs.push(ms);
  }

  for (let round = 0; round < PUBLISHES; round++) {
    if (round > 0) {
      // 20 edits of listings picked at random, four at a time (several people at work).
      const edits = Array.from({ length: EDITS }, (_, k) => {
        const listing = draft[rng.int(draft.length)];
        return [listing, changesFor(listing, round, k)];
      });
      const p0 = await probe.start();
      let next = 0;
      await Promise.all(
        Array.from({ length: EDIT_CONCURRENCY }, async () => {
          while (next < edits.length) await edit(...edits[next++]);
        }),
      );
      editSamples.push({ requests: edits.length, ...(await probe.end(p0)) });
      if (round % 5 === 2) {
        // A new listing, offered by the district or by an active partner.
        const partner = round % 10 === 2 ? null : active[rng.int(active.length)];
        const fields = listingFields(LISTINGS + added, rng);
        const { data, ms } = await gql(SUBMIT, {
          input: {
            districtId: districtGid,
            partnerId: partner ? globalId('PartnerOrganization', partner.id) : null,
            ...fields,
          },
        });
        const payload = noUserErrors('submitOpportunity', data.submitOpportunity);
        draft.push({ id: payload.listingId, partner, title: fields.title });
        added++;
        addMs.push(ms);
      }
      if (round % 5 === 4) {
        // A listing removed in the editor (there is no GraphQL mutation for it).
        const candidates = draft.filter((l) => !isHeldBack(l));
        const victim = candidates[rng.int(candidates.length)];
        const t0 = performance.now();
        await removeListingLive({ apiUrl: api.url, districtId, secret, listingId: victim.id });
        removeMs.push(performance.now() - t0);
        draft.splice(draft.indexOf(victim), 1);
        removed++;
      }
    }

    const expectedHeldBack = draft.filter(isHeldBack).length;
    const p0 = await probe.start();
    const { data, ms } = await gql(PUBLISH, {
      input: {
        districtId: districtGid,
        summary: `Benchmark version ${round + 1}: ${EDITS} listings changed.`,
      },
    });
    const sample = await probe.end(p0);
    const payload = data.publishOpportunityList;
    const { version, problems, heldBack, userErrors } = payload;
    const failure =
      (userErrors.length && `userErrors ${JSON.stringify(userErrors).slice(0, 300)}`) ||
      (problems.length && `${problems.length} problems, e.g. ${JSON.stringify(problems.slice(0, 3))}`) ||
      (!version && 'no version') ||
      (version.number !== round + 1 && `version ${version.number}, expected ${round + 1}`) ||
      (heldBack.length !== expectedHeldBack &&
        `${heldBack.length} listings held back, expected ${expectedHeldBack}`) ||
      (version.opportunityCount !== draft.length - expectedHeldBack &&
        `${version.opportunityCount} listings published, expected ${draft.length - expectedHeldBack}`);
    if (failure) throw new Error(`publish ${round + 1} of ${PUBLISHES} failed: ${failure}`);
    for (const h of heldBack) heldBackReasons.set(h.reason, (heldBackReasons.get(h.reason) ?? 0) + 1);
    publishSamples.push({
      number: version.number,
      ms,
      listings: version.opportunityCount,
      heldBack: heldBack.length,
      ...sample,
    });
    if (round === 0 || (round + 1) % 10 === 0 || round === PUBLISHES - 1)
      log(
        `  publish ${String(round + 1).padStart(2)}/${PUBLISHES}: version ${version.number}, ` +
          `${version.opportunityCount} listings, ${heldBack.length} held back, ${Math.round(ms)} ms` +
          (sample.sqlStatements != null ? `, ${sample.sqlStatements} SQL statements` : '') +
          `, CPU srv ${Math.round(sample.serverCpuMs)} ms pg ${Math.round(sample.dbCpuMs)} ms`,
      );
  }

  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  let tableRows;
  try {
    // As autovacuum would soon after such a load; the search plans below depend on fresh statistics,
    // and its index-only scans on the visibility map.
    await c.query('vacuum (analyze) opportunity, opportunity_list_version');
    const { rows } = await c.query(
      `select (select count(*) from opportunity where district_id = $1)::int as district_rows,
              (select count(*) from opportunity)::int as all_rows,
              (select count(*) from opportunity_list_version where district_id = $1)::int as versions`,
      [districtId],
    );
    tableRows = rows[0];
  } finally {
    await c.end();
  }
  const publishMs = publishSamples.map((s) => s.ms);
  log(
    `  ${PUBLISHES} publishes: median ${Math.round(percentile(publishMs, 0.5))} ms, p90 ${Math.round(percentile(publishMs, 0.9))} ms, ` +
      `max ${Math.round(Math.max(...publishMs))} ms; ${added} listings added, ${removed} removed, ${editMs.length} edits; ` +
      `held back: ${[...heldBackReasons].map(([r, n]) => `${n / PUBLISHES} × "${r}"`).join(', ')}`,
  );
  log(
    `  opportunity table: ${tableRows.all_rows} rows, ${tableRows.district_rows} of them in ${tableRows.versions} versions of this district` +
      ` (${((performance.now() - started) / 1000).toFixed(0)} s in all)`,
  );
  return {
    districtId,
    slug: PUBLISH_DISTRICT_SLUG,
    listings: LISTINGS,
    publishes: PUBLISHES,
    editsPerPublish: EDITS,
    partners: PARTNERS,
    importRequests: importMs.length,
    importMs,
    largestImportBodyBytes: largestBody,
    added,
    removed,
    heldBackReasons: Object.fromEntries(heldBackReasons),
    publish: { ...stats(publishMs), targetMs: PUBLISH_TARGET_MS },
    edit: { ...stats(editMs), concurrency: EDIT_CONCURRENCY },
    editLatenciesMs: editMs,
    submitMs: addMs,
    removeMs,
    publishSamples,
    editSamples,
    table: tableRows,
    seconds: (performance.now() - started) / 1000,
  };
}
