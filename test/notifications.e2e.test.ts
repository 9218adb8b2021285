import { afterAll, describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { configureServer, test } from './support/e2e.js';
import { type MailListener, linkIn, startMailListener } from './support/mail.js';
import { expectHeading, main } from './support/pages.js';
import { freePort } from './support/server.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';

const DISTRICT = { slug: 'maple-ridge', name: 'Maple Ridge City School District' };
const PARTNER = 'Riverbend Precision Manufacturing';

let mail: MailListener | undefined;
let publicUrl = '';

// Notification e-mail goes through the queue to a real SMTP listener; links name the server itself.
configureServer(async () => {
  mail = await startMailListener();
  const port = await freePort();
  publicUrl = `http://localhost:${port}`;
  return { port, env: { SMTP_URL: mail.url, PUBLIC_URL: publicUrl, NOTIFICATION_POLL_MS: '300' } };
});
afterAll(async () => {
  await mail?.close();
});

describe('notifications', () => {
  test(
    "a district publishes its list: the partner's admin gets an e-mail and a bell with the count, reads it, and unsubscribes in one click",
    { timeout: 120_000 },
    async ({ page, newPage, baseUrl }) => {
      // The district's admin publishes the list (Riverbend offers listings in it).
      await signIn(page, baseUrl, DEMO.districtAdmin);
      const district = await graphqlFrom<{ district: { id: string } }>(
        page,
        baseUrl,
        'query ($slug: String!) { district(slug: $slug) { id } }',
        { slug: DISTRICT.slug },
      );
      const published = await graphqlFrom<{
        publishOpportunityList: { version: { number: number } | null; userErrors: unknown[] };
      }>(
        page,
        baseUrl,
        'mutation ($input: PublishOpportunityListInput!) { publishOpportunityList(input: $input) { version { number } userErrors { message } } }',
        { input: { districtId: district.data!.district.id, summary: 'Spring update' } },
      );
      expect(published.errors).toBeUndefined();
      const number = published.data!.publishOpportunityList.version!.number;

      // The partner's admin is e-mailed through the queue, with a one-click unsubscribe.
      const message = await mail!.waitForMail(DEMO.partnerAdmin.email);
      expect(message.subject).toMatch(
        new RegExp(`^${DISTRICT.name} published \\d+ listings? of ${PARTNER}$`),
      );
      expect(message.text).toContain(`Version ${number} of ${DISTRICT.name}'s opportunities includes`);
      // Header lines as sent, unfolded (long ones are wrapped onto continuation lines).
      const header = (name: string) =>
        message.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n[ \t]+/g, ' ');
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(header('list-unsubscribe')).toMatch(
        /^List-Unsubscribe: <http:\/\/localhost:\d+\/unsubscribe\?token=[\w.-]+>$/,
      );
      const unsubscribe = linkIn(message, '/unsubscribe');
      expect(unsubscribe.origin).toBe(publicUrl);
      expect(linkIn(message, '/workspace/p/').origin).toBe(publicUrl);

      // In the app the bell says so, and leads to the notification with its link.
      const partner = await newPage();
      await signIn(partner, baseUrl, DEMO.partnerAdmin);
      const bell = partner.getByRole('banner').getByRole('link', { name: /^Notifications, / });
      await expect.poll(() => bell.getAttribute('aria-label'), POLL).toBe('Notifications, 1 unread');
      await expectNoSeriousAxeViolations(partner, 'workspace with the bell');
      await bell.click();
      await expectHeading(partner, 'Notifications');
      const item = main(partner).getByRole('listitem').filter({ hasText: 'New' });
      await item.getByRole('link', { name: message.subject }).waitFor();
      for (const width of [1280, 375]) {
        await partner.setViewportSize({ width, height: 900 });
        await partner.screenshot({ path: `artifacts/notifications-${width}.png`, fullPage: true });
      }
      await partner.setViewportSize({ width: 1280, height: 900 });
      await expectNoSeriousAxeViolations(partner, 'notifications');

      await main(partner).getByRole('button', { name: 'Mark all as read', exact: true }).click();
      await expect.poll(() => bell.getAttribute('aria-label'), POLL).toBe('Notifications, none unread');
      await main(partner).getByText('New', { exact: true }).waitFor({ state: 'detached' });
      await main(partner).getByRole('link', { name: message.subject }).click();
      await partner.waitForURL((url) => url.pathname.startsWith('/workspace/p/'));

      // The e-mail settings page shows the choice per kind.
      await partner.goto(`${baseUrl}/workspace/notifications/settings`);
      await expectHeading(partner, 'E-mail settings');
      const published_ = main(partner).getByRole('group', { name: "A partner's listing was published" });
      await published_.getByRole('radio', { name: 'At once' }).waitFor();
      expect(await published_.getByRole('radio', { name: 'At once' }).isChecked()).toBe(true);
      for (const width of [1280, 375]) {
        await partner.setViewportSize({ width, height: 900 });
        await partner.screenshot({ path: `artifacts/notification-settings-${width}.png`, fullPage: true });
      }
      await partner.setViewportSize({ width: 1280, height: 900 });
      await expectNoSeriousAxeViolations(partner, 'notification settings');

      // The unsubscribe link needs no sign-in: a fresh browser opens it and confirms with one click.
      const stranger = await newPage();
      await stranger.goto(`${baseUrl}${unsubscribe.pathname}${unsubscribe.search}`);
      await expectHeading(stranger, 'Stop these e-mails?');
      for (const width of [1280, 375]) {
        await stranger.setViewportSize({ width, height: 700 });
        await stranger.screenshot({ path: `artifacts/unsubscribe-${width}.png`, fullPage: true });
      }
      await expectNoSeriousAxeViolations(stranger, 'unsubscribe');
      await stranger.getByRole('button', { name: 'Unsubscribe', exact: true }).click();
      await expectHeading(stranger, 'You are unsubscribed');
      await partner.reload();
      await published_.getByRole('radio', { name: 'No e-mail' }).waitFor();
      expect(await published_.getByRole('radio', { name: 'No e-mail' }).isChecked()).toBe(true);
    },
  );
});
