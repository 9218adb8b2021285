import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Account } from './session.js';
import { REPO_ROOT } from './server.js';

const dist = (file: string) => pathToFileURL(path.join(REPO_ROOT, 'server', 'dist', file)).href;

/**
 * Adds the state agency of `state` and one state admin to the database of a running server, through
 * the server's own built entities (the demo data has no agency yet). The admin's roles reach the
 * state's districts when they sign in.
 */
export async function createStateAdmin(dataDir: string, state: string, account: Account): Promise<void> {
  const script = `
    import { loadConfig } from ${JSON.stringify(dist('config.js'))};
    import { openOrm } from ${JSON.stringify(dist('db/orm.js'))};
    import { StateAgency } from ${JSON.stringify(dist('modules/organizations/index.js'))};
    import { Membership, User, hashPassword } from ${JSON.stringify(dist('modules/identity/index.js'))};
    const [state, email, name, password] = process.argv.slice(1);
    const orm = await openOrm(loadConfig(process.env).database);
    const em = orm.em.fork();
    const agency = (await em.findOne(StateAgency, { state })) ?? em.create(StateAgency, { name: state + ' Department of Education', state });
    const user = em.create(User, { email, name, passwordHash: await hashPassword(password) });
    em.create(Membership, { user, role: 'STATE_ADMIN', stateAgency: agency, district: null, partner: null });
    await em.flush();
    await orm.close(true);
  `;
  await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, state, account.email, account.name, account.password],
    { cwd: REPO_ROOT, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO_DATA: 'false' } },
  );
}
