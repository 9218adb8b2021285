import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { ARTIFACTS_DIR, configureServer, test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { REPO_ROOT, freePort } from './support/server.js';

const run = promisify(execFile);
const AGENCY = 'Ohio Department of Education and Workforce';
const DISTRICT = { name: 'Maple Ridge City School District', slug: 'maple-ridge', lea: '3904712' };
const STATE_ADMIN = { email: 'chief@education.example', name: 'Avery Chen' };
const REVIEWER = { email: 'reviewer@education.example', name: 'Jordan Lee' };
const PASSWORD = 'a long enough passphrase';

let dataDir = '';
let publicUrl = '';
const printed: string[] = [];

/** The operator command from the image, on the server's data directory, as an operator runs it. */
async function admin(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['server/dist/admin.js', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '', PUBLIC_URL: publicUrl },
  });
  printed.push(stdout);
  return stdout;
}

const linkIn = (text: string) => /http:\/\/\S+\/invitations\/\S+/.exec(text)![0];

// A fresh deployment: no demo data. The operator prepares the database before the server starts.
configureServer(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'partnerhub-e2e-operator-'));
  const port = await freePort();
  publicUrl = `http://localhost:${port}`;
  await admin('create-state-agency', '--state', 'OH', '--name', AGENCY);
  await admin(
    'create-district',
    '--name',
    DISTRICT.name,
    '--state',
    'OH',
    '--nces-lea-id',
    DISTRICT.lea,
    '--slug',
    DISTRICT.slug,
  );
  await admin('invite', '--email', STATE_ADMIN.email, '--role', 'STATE_ADMIN', '--state', 'OH');
  return { port, env: { DATA_DIR: dataDir, SEED_DEMO_DATA: 'false', PUBLIC_URL: publicUrl } };
});

async function acceptInvitation(page: Page, link: string, person: { name: string }, org: string) {
  await page.goto(link);
  await expectHeading(page, `Join ${org}`);
  await main(page).getByLabel('Your name', { exact: true }).fill(person.name);
  await main(page).getByLabel('Choose a password', { exact: true }).fill(PASSWORD);
  await main(page).getByRole('button', { name: 'Create account and join', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/workspace/s/oh');
}

async function screenshot(page: Page, name: string) {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `state-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('a state agency on a fresh deployment', () => {
  test(
    'the operator starts it; the state admin joins, invites a reviewer, adds a district and invites its first admin',
    { timeout: 180_000 },
    async ({ page, newPage, baseUrl }) => {
      const stateLink = linkIn(printed.join('\n'));
      expect(new URL(stateLink).origin).toBe(publicUrl);
      expect(new URL(baseUrl).port).toBe(new URL(publicUrl).port);

      // The state admin accepts the printed link and lands on the state's overview.
      await acceptInvitation(page, stateLink, STATE_ADMIN, AGENCY);
      await expectHeading(page, 'Districts at a glance');
      await main(page)
        .getByRole('region', { name: 'Districts: table' })
        .getByRole('link', { name: DISTRICT.name })
        .waitFor();
      await expectNoSeriousAxeViolations(page, 'state overview');
      await screenshot(page, 'overview');
      await main(page).getByRole('navigation').getByRole('link', { name: 'Districts', exact: true }).click();
      await expectHeading(page, 'Districts');
      const districts = main(page).getByRole('table', { name: 'Districts of the state' });
      await districts.getByRole('link', { name: DISTRICT.name }).waitFor();
      await expectNoSeriousAxeViolations(page, 'state districts');
      await screenshot(page, 'districts');

      // The district's workspace opens for state staff, with no membership in the district.
      await districts.getByRole('link', { name: DISTRICT.name }).click();
      await page.waitForURL((url) => url.pathname === `/workspace/d/${DISTRICT.slug}`);
      await main(page).getByText('District workspace', { exact: true }).waitFor();
      await main(page).getByText('Your role: State admin', { exact: true }).waitFor();

      // A reviewer is invited into the agency and joins.
      await page.goto(`${baseUrl}/workspace/s/oh/members`);
      await expectHeading(page, 'Members');
      await main(page).getByLabel('E-mail address', { exact: true }).fill(REVIEWER.email);
      await main(page)
        .getByRole('radio', { name: /^State reviewer/ })
        .check();
      await main(page).getByRole('button', { name: 'Send invitation', exact: true }).click();
      await main(page).getByText(`Invitation sent to ${REVIEWER.email}.`, { exact: true }).waitFor();
      await expectNoSeriousAxeViolations(page, 'state members');
      await screenshot(page, 'members');
      // No SMTP here: the server's development mailbox holds the message.
      const mailbox = await newPage();
      await mailbox.goto(`${baseUrl}/dev/mail`);
      const reviewerLink = linkIn(await mailbox.locator('body').innerText());
      const reviewer = await newPage();
      await acceptInvitation(reviewer, reviewerLink, REVIEWER, AGENCY);
      await reviewer.goto(`${baseUrl}/workspace/s/oh/districts`);
      await main(reviewer).getByRole('link', { name: DISTRICT.name }).waitFor();
      // A reviewer neither adds districts nor manages people.
      expect(await main(reviewer).getByRole('button', { name: 'Add district' }).count()).toBe(0);
      expect(await main(reviewer).getByRole('link', { name: 'Members', exact: true }).count()).toBe(0);

      // The state admin adds a second district; a wrong NCES LEA ID is refused next to its field.
      await page.goto(`${baseUrl}/workspace/s/oh/districts`);
      await main(page).getByLabel('Name', { exact: true }).fill('Lakeview Local Schools');
      await main(page).getByLabel('NCES LEA ID', { exact: true }).fill('1304712');
      await main(page).getByLabel('Address', { exact: true }).fill('lakeview');
      await main(page).getByRole('button', { name: 'Add district', exact: true }).click();
      await main(page).getByRole('heading', { name: 'There is a problem' }).waitFor();
      await main(page).getByText('An NCES LEA ID in OH starts with 39.').first().waitFor();
      await screenshot(page, 'create-district-error');
      await main(page).getByLabel('NCES LEA ID', { exact: true }).fill('3999001');
      await main(page).getByRole('button', { name: 'Add district', exact: true }).click();
      await main(page).getByText('Lakeview Local Schools was added.', { exact: true }).waitFor();
      await districts.getByRole('link', { name: 'Lakeview Local Schools' }).waitFor();
      await screenshot(page, 'districts-after');

      // The new district's first admin is invited by the state, which created it.
      const firstAdmin = 'superintendent@lakeview.example';
      await main(page)
        .getByLabel('District', { exact: true })
        .selectOption({ label: 'Lakeview Local Schools' });
      await main(page).getByLabel('E-mail address', { exact: true }).fill(firstAdmin);
      await main(page).getByRole('button', { name: 'Invite as district admin', exact: true }).click();
      await main(page).getByText(`Invitation sent to ${firstAdmin}.`, { exact: true }).waitFor();
      await mailbox.reload();
      expect(await mailbox.locator('body').innerText()).toContain(
        `${STATE_ADMIN.name} invited you to Lakeview Local Schools`,
      );

      // The state's admins correct a district's address on its profile; the workspace follows it.
      await districts.getByRole('link', { name: 'Lakeview Local Schools' }).click();
      await page.waitForURL((url) => url.pathname === '/workspace/d/lakeview');
      await main(page).getByRole('link', { name: 'Profile', exact: true }).click();
      await expectHeading(page, 'District profile');
      await main(page).getByLabel('Address', { exact: true }).fill('lakeview-local');
      await main(page).getByRole('button', { name: 'Save profile', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/workspace/d/lakeview-local/profile');
      await main(page).getByText('The profile was saved.', { exact: true }).waitFor();
      await screenshot(page, 'district-profile');

      // Its settings page is the agency's profile.
      await page.goto(`${baseUrl}/workspace/s/oh`);
      await main(page).getByRole('link', { name: 'Settings', exact: true }).click();
      await expectHeading(page, 'Agency settings');
      await expectNoSeriousAxeViolations(page, 'state settings');
      await screenshot(page, 'settings');
    },
  );
});
