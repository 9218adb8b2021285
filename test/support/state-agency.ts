import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { REPO_ROOT } from './server.js';

const run = promisify(execFile);
const DIST = pathToFileURL(path.join(REPO_ROOT, 'server', 'dist') + path.sep).href;

/**
 * Makes sure the running server's database holds an agency for the state (the demo data may already
 * have one) and adds the criteria to it, through the server's own built entities.
 */
export async function ensureStateAgency(
  dataDir: string,
  agency: { state: string; name: string; website?: string },
  criteria: readonly { title: string; description?: string }[] = [],
): Promise<void> {
  const script = `
    const { loadConfig } = await import(${JSON.stringify(`${DIST}config.js`)});
    const { openOrm } = await import(${JSON.stringify(`${DIST}db/orm.js`)});
    const { StateAgency } = await import(${JSON.stringify(`${DIST}modules/organizations/index.js`)});
    const { ProviderCriterion } = await import(${JSON.stringify(`${DIST}modules/state-overview/index.js`)});
    const agency = JSON.parse(process.env.AGENCY);
    const criteria = JSON.parse(process.env.CRITERIA);
    const orm = await openOrm(loadConfig({ DATA_DIR: process.env.DATA_DIR, SEED_DEMO_DATA: 'false' }).database);
    const em = orm.em.fork();
    let row = await em.findOne(StateAgency, { state: agency.state });
    if (!row) await em.persist((row = em.create(StateAgency, agency))).flush();
    const count = await em.count(ProviderCriterion, { stateAgency: row });
    criteria.forEach((c, i) => em.create(ProviderCriterion, { ...c, stateAgency: row, position: count + i }));
    await em.flush();
    await orm.close();
  `;
  await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: path.join(REPO_ROOT, 'server'),
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      AGENCY: JSON.stringify(agency),
      CRITERIA: JSON.stringify(criteria),
    },
  });
}

/**
 * Runs the operator command (`node server/dist/admin.js …`) on a server's data directory, as an
 * operator at the server's console would; `publicUrl` is the address its printed links start with.
 * Resolves with what it printed.
 */
export async function runAdmin(dataDir: string, publicUrl: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['server/dist/admin.js', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '', PUBLIC_URL: publicUrl },
  });
  return stdout;
}

/** The invitation link in what the operator command printed. */
export function invitationLinkIn(text: string): string {
  const link = /https?:\/\/\S+\/invitations\/\S+/.exec(text)?.[0];
  if (!link) throw new Error(`No invitation link in:\n${text}`);
  return link;
}
