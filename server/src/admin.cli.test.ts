import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm, type Orm } from './db/orm.js';
import { AuditEntry } from './modules/audit/index.js';
import { Invitation } from './modules/identity/index.js';
import { District, StateAgency } from './modules/organizations/index.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from './test-support/databases.js';

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '..');

/** The operator command as a person runs it: its own process, the server's environment variables. */
async function admin(db: TestDatabase, ...args: string[]) {
  const url = db.config.dialect === 'sqlite' ? `sqlite:${db.config.url}` : db.config.url;
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', './scripts/register.mjs', 'src/admin.ts', ...args],
      { cwd: serverDir, env: { ...process.env, DATABASE_URL: url, SMTP_URL: '', LOG_LEVEL: 'warn' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.each(TEST_DIALECTS)('operator command on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  beforeAll(async () => {
    // Empty: the command applies the migrations itself, as on a fresh deployment.
    db = await createTestDatabase(dialect, { empty: true });
  });
  afterAll(async () => {
    await orm?.close(true);
    await db.drop();
  });

  it('creates a state agency on a fresh database, once per state', async () => {
    const created = await admin(
      db,
      'create-state-agency',
      '--state',
      'oh',
      '--name',
      'Ohio Department of Education and Workforce',
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('Created the state agency of OH');
    const again = await admin(db, 'create-state-agency', '--state', 'OH', '--name', 'Another');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--state: OH already has a state agency.');
  }, 240_000);

  it('refuses a bad district whole, naming every bad option, then creates a good one', async () => {
    const refused = await admin(
      db,
      'create-district',
      '--name',
      'Maple Ridge City School District',
      '--state',
      'OH',
      '--nces-lea-id',
      '0604712',
      '--slug',
      'Maple Ridge',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--nces-lea-id: An NCES LEA ID in OH starts with 39.');
    expect(refused.stderr).toContain('--slug: Use lowercase letters');
    const missing = await admin(db, 'create-district', '--name', 'X');
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain('Missing --state, --nces-lea-id, --slug.');
    const created = await admin(
      db,
      'create-district',
      '--name',
      'Maple Ridge City School District',
      '--state',
      'OH',
      '--nces-lea-id',
      '3904712',
      '--slug',
      'maple-ridge',
      '--city',
      'Maple Ridge',
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    orm = await openOrm(db.config);
    const districts = await orm.em.fork().find(District, {});
    expect(districts.map((d) => [d.slug, d.ncesLeaId, d.city])).toEqual([
      ['maple-ridge', '3904712', 'Maple Ridge'],
    ]);
  }, 240_000);

  it("invites the agency's and the district's first admins, printing each link with no SMTP, audited as the operator", async () => {
    const state = await admin(
      db,
      'invite',
      '--email',
      'Chief@Example.org',
      '--role',
      'STATE_ADMIN',
      '--state',
      'OH',
    );
    expect(state).toMatchObject({ code: 0, stderr: '' });
    expect(state.stdout).toMatch(
      /Send this link to chief@example\.org:\nhttp:\/\/localhost:\d+\/invitations\/phi_\S+\n/,
    );
    const district = await admin(
      db,
      'invite',
      '--email',
      'super@example.org',
      '--role',
      'DISTRICT_ADMIN',
      '--district',
      'maple-ridge',
    );
    expect(district.code).toBe(0);
    const wrongRole = await admin(
      db,
      'invite',
      '--email',
      'x@example.org',
      '--role',
      'STATE_ADMIN',
      '--district',
      'maple-ridge',
    );
    expect(wrongRole.code).toBe(1);
    expect(wrongRole.stderr).toContain(
      '--role: State admin is not a role in Maple Ridge City School District.',
    );
    const noDistrict = await admin(
      db,
      'invite',
      '--email',
      'x@example.org',
      '--role',
      'DISTRICT_ADMIN',
      '--district',
      'nowhere',
    );
    expect(noDistrict).toMatchObject({ code: 1, stderr: 'No district has the slug "nowhere".\n' });

    const em = orm.em.fork();
    const invitations = await em.find(Invitation, {}, { orderBy: { id: 'asc' } });
    const agency = await em.findOneOrFail(StateAgency, { state: 'OH' });
    expect(invitations.map((i) => [i.email, i.role, i.stateAgency?.id ?? null])).toEqual([
      ['chief@example.org', 'STATE_ADMIN', agency.id],
      ['super@example.org', 'DISTRICT_ADMIN', null],
    ]);
    const actors = new Set((await em.find(AuditEntry, {})).map((e) => e.actorLabel));
    expect(actors).toEqual(new Set(['operator']));
  }, 240_000);

  // No database is opened for these: one dialect is enough.
  it.runIf(dialect === 'sqlite')(
    'explains itself',
    async () => {
      const help = await admin(db, 'create-district', '--help');
      expect(help).toMatchObject({ code: 0 });
      expect(help.stdout).toContain('--nces-lea-id');
      const unknown = await admin(db, 'drop-everything');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('Unknown command "drop-everything".');
    },
    60_000,
  );
});

describe.each(TEST_DIALECTS)('migrate on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect, { empty: true });
  });
  afterAll(() => db.drop());

  // What a deployment runs before its servers start; on PostgreSQL two such runs may overlap.
  it(`applies the migrations once and exits, from two processes ${dialect === 'postgresql' ? 'at once' : 'in turn'}`, async () => {
    const runs =
      dialect === 'postgresql'
        ? await Promise.all([admin(db, 'migrate'), admin(db, 'migrate')])
        : [await admin(db, 'migrate'), await admin(db, 'migrate')];
    expect(runs.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const outputs = runs.map((r) => r.stdout).sort();
    expect(outputs[0]).toMatch(/^Applied \d+ migrations: Migration\d+, /);
    expect(outputs[1]).toBe('The database is up to date: no migration was pending.\n');
    const orm = await openOrm(db.config);
    try {
      expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    } finally {
      await orm.close(true);
    }
  }, 240_000);
});
