// The floor: a bare node:http + pg server answering the two benchmark queries, each with ONE
// hand-written parameterised SQL statement, in the same JSON shape as the GraphQL API. It knows
// nothing but these two operations; it shows what the database and Node alone cost.
import { createServer } from 'node:http';
import pg from 'pg';

// Dates stay 'YYYY-MM-DD' strings, as the API returns them.
pg.types.setTypeParser(1082, (value) => value);

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_MAX ?? 10),
});

const globalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

function dbIdOf(id, type) {
  const decoded = Buffer.from(String(id), 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const n = Number(decoded.slice(colon + 1));
  return decoded.slice(0, colon) === type && Number.isSafeInteger(n) && n > 0 ? n : null;
}

// (a) One district's newest published list, filtered, by deadline, first page and total count.
const SEARCH_SQL = `
  select o.id, o.title, o.deadline, o.skills, p.id as p_id, p.name as p_name, p.kind as p_kind,
         count(*) over ()::int as total_count
  from district d
  join opportunity o on o.version_id = (select max(v.id) from opportunity_list_version v where v.district_id = d.id)
  left join partner_organization p on p.id = o.partner_id
  where d.slug = $1
    and ($2::opportunity_type[] is null or o.type = any($2::opportunity_type[]))
    and ($3::int is null or (o.grade_min <= $3 and o.grade_max >= $3))
  order by o.deadline asc nulls last, o.id asc
  limit 50`;

// (b) One opportunity by id with its partner and district.
const ONE_SQL = `
  select o.id, o.title, o.summary, o.description, o.deadline,
         p.id as p_id, p.name as p_name, p.kind as p_kind, d.id as d_id, d.name as d_name, d.slug as d_slug
  from opportunity o
  join district d on d.id = o.district_id
  left join partner_organization p on p.id = o.partner_id
  where o.id = $1`;

const partnerOf = (r) =>
  r.p_id == null ? null : { id: globalId('PartnerOrganization', r.p_id), name: r.p_name, kind: r.p_kind };

async function search({ slug, types = null, grade = null }) {
  const { rows } = await pool.query(SEARCH_SQL, [slug, types, grade]);
  // An empty page is answered as an empty district list (the floor does not tell "no such district").
  return {
    district: {
      opportunities: {
        totalCount: rows[0]?.total_count ?? 0,
        edges: rows.map((r) => ({
          node: {
            id: globalId('Opportunity', r.id),
            title: r.title,
            deadline: r.deadline,
            skills: r.skills,
            partner: partnerOf(r),
          },
        })),
      },
    },
  };
}

async function one({ id }) {
  const dbId = dbIdOf(id, 'Opportunity');
  if (dbId === null) return { opportunity: null };
  const { rows } = await pool.query(ONE_SQL, [dbId]);
  const r = rows[0];
  if (!r) return { opportunity: null };
  return {
    opportunity: {
      id: globalId('Opportunity', r.id),
      title: r.title,
      summary: r.summary,
      description: r.description,
      deadline: r.deadline,
      partner: partnerOf(r),
      district: { id: globalId('District', r.d_id), name: r.d_name, slug: r.d_slug },
    },
  };
}

const OPERATIONS = { Search: search, One: one };

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.url === '/healthz') return send(res, 200, { status: 'ok' });
  if (req.method !== 'POST' || !req.url?.startsWith('/graphql'))
    return send(res, 404, { error: 'not found' });
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { operationName, variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const op =
        OPERATIONS[operationName] ??
        (variables.slug !== undefined ? search : variables.id !== undefined ? one : null);
      if (!op)
        return send(res, 400, {
          errors: [{ message: 'The floor answers only the Search and One operations.' }],
        });
      send(res, 200, { data: await op(variables) });
    } catch (error) {
      send(res, 500, { errors: [{ message: String(error?.message ?? error) }] });
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
