import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { POLL } from './constants.js';

export interface Account {
  email: string;
  password: string;
  name: string;
}

/** Demo accounts as the server seeds them (see server/src/db/seed/demo-users.ts). */
export const DEMO = {
  districtAdmin: { email: 'admin@maple-ridge.demo', password: 'demo-district-admin', name: 'Dana Whitfield' },
  districtStaff: { email: 'staff@maple-ridge.demo', password: 'demo-district-staff', name: 'Luis Ortega' },
  stateAdmin: { email: 'admin@state.demo', password: 'demo-state-admin', name: 'Marcus Bell' },
  stateReviewer: { email: 'reviewer@state.demo', password: 'demo-state-reviewer', name: 'Priya Raman' },
  partnerAdmin: { email: 'admin@riverbend.demo', password: 'demo-partner-admin', name: 'Grace Kim' },
  partnerMember: { email: 'member@riverbend.demo', password: 'demo-partner-member', name: 'Sam Patel' },
} satisfies Record<string, Account>;

/** Fills and sends the sign-in form the page shows. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in through /sign-in and waits until the workspace shows. */
export async function signIn(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await submitSignIn(page, account.email, account.password);
  await page.waitForURL((url) => url.pathname.startsWith('/workspace'));
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts a GraphQL request with the page's cookies, as the page's own scripts would. */
export async function graphqlFrom<T>(
  page: Page,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLBody<T>> {
  const response = await page.request.post(`${baseUrl}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  return (await response.json()) as GraphQLBody<T>;
}

/** The `extensions.code` of every error in a GraphQL response. */
export function errorCodes(body: GraphQLBody<unknown>): (string | undefined)[] {
  return (body.errors ?? []).map((e) => e.extensions?.code);
}

/** Waits until the page is /sign-in with `next` pointing back at `path`. */
export async function expectSignInFor(page: Page, path: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await expect.poll(() => new URL(page.url()).searchParams.get('next'), POLL).toBe(path);
}
