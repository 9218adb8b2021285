// The floor: a bare node:http + pg server answering the two benchmark queries, each with ONE named
// prepared statement in which PostgreSQL builds the whole JSON response; Node writes that text out
// unparsed. It knows nothing but these two operations: it is the least the database and Node can
// spend on them, so the API / floor ratio is a true upper bound on what the API could reach.
import { createServer } from 'node:http';
import pg from 'pg';

// As many connections as the API opens: its default pool, or DATABASE_POOL_MAX for both.
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 4),
});

// The API's global ids: base64url of "Type:id" (PostgreSQL's base64 pads and uses +/).
const gid = (type, column) =>
  `translate(rtrim(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), '='), '+/', '-_')`;

const partnerJson = `case when p.id is null then null
  else json_build_object('id', ${gid('PartnerOrganization', 'p.id')}, 'name', p.name, 'kind', p.kind) end`;

// (a) One district's newest published list, filtered by types and grade, by deadline: the first page
// and the total count, and null for an unknown district, in one statement. Like the API's statement
// for this filter: the matches are numbered and counted over their ids alone (in the index on
// version, type, grades and deadline), and only the page's rows are read. Each row's partner is
// looked up by its key: as a join, the planner hashed the page and scanned all 2,000 partners.
const SEARCH_SQL = `
  with d as (select id from district where slug = $1),
  page as (
    select o.id, count(*) over ()::int as total
    from opportunity o
    where o.version_id = (select max(v.id) from opportunity_list_version v where v.district_id = (select id from d))
      and o.type = any($2::opportunity_type[]) and o.grade_min <= $3 and o.grade_max >= $3
    order by o.deadline asc nulls last, o.id asc
    limit 50),
  matches as (
    select o.id, o.title, o.deadline, o.skills, o.partner_id, page.total
    from page join opportunity o on o.id = page.id)
  select json_build_object('data', json_build_object('district',
    case when not exists (select 1 from d) then null else json_build_object('opportunities', json_build_object(
      'totalCount', coalesce((select max(total) from matches), 0),
      'edges', coalesce((
        select json_agg(json_build_object('node', json_build_object(
                 'id', ${gid('Opportunity', 'm.id')}, 'title', m.title, 'deadline', m.deadline,
                 'skills', m.skills, 'partner', (
                   select json_build_object('id', ${gid('PartnerOrganization', 'p.id')}, 'name', p.name, 'kind', p.kind)
                   from partner_organization p where p.id = m.partner_id)))
               order by m.deadline asc nulls last, m.id asc)
        from matches m), '[]'::json)))
    end))::text`;

// (b) One opportunity by id with its partner and district.
const ONE_SQL = `
  select json_build_object('data', json_build_object('opportunity', (
    select json_build_object('id', ${gid('Opportunity', 'o.id')}, 'title', o.title, 'summary', o.summary,
             'description', o.description, 'deadline', o.deadline, 'partner', ${partnerJson},
             'district', json_build_object('id', ${gid('District', 'd.id')}, 'name', d.name, 'slug', d.slug))
    from opportunity o
    join district d on d.id = o.district_id
    left join partner_organization p on p.id = o.partner_id
    where o.id = $1)))::text`;

function dbIdOf(id, type) {
  const decoded = Buffer.from(String(id), 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const n = Number(decoded.slice(colon + 1));
  return decoded.slice(0, colon) === type && Number.isSafeInteger(n) && n > 0 ? n : null;
}

const NO_OPPORTUNITY = '{"data":{"opportunity":null}}';

/** The response text PostgreSQL built, from a statement prepared once per connection. */
async function answer(name, text, values) {
  const { rows } = await pool.query({ name, text, values, rowMode: 'array' });
  return rows[0][0];
}

const OPERATIONS = {
  Search: ({ slug, types = null, grade = null }) => answer('search', SEARCH_SQL, [slug, types, grade]),
  One: ({ id }) => {
    const dbId = dbIdOf(id, 'Opportunity');
    return dbId === null ? NO_OPPORTUNITY : answer('one', ONE_SQL, [dbId]);
  },
};

function send(res, status, text) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.url === '/healthz') return send(res, 200, '{"status":"ok"}');
  if (req.method !== 'POST' || !req.url?.startsWith('/graphql'))
    return send(res, 404, '{"error":"not found"}');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { operationName, variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const op =
        OPERATIONS[operationName] ??
        (variables.slug !== undefined
          ? OPERATIONS.Search
          : variables.id !== undefined
            ? OPERATIONS.One
            : null);
      if (!op)
        return send(
          res,
          400,
          '{"errors":[{"message":"The floor answers only the Search and One operations."}]}',
        );
      send(res, 200, await op(variables));
    } catch (error) {
      send(res, 500, JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] }));
    }
  });
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { port } = server.address();
  console.log(JSON.stringify({ msg: 'floor is listening', url: `http://127.0.0.1:${port}` }));
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.closeAllConnections();
    server.close(() => pool.end().then(() => process.exit(0)));
  });
}
