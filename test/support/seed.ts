import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './server.js';

export interface SeedContact {
  name: string;
  email: string;
  publishable: boolean;
}

export interface SeedPartner {
  slug: string;
  name: string;
  contacts: SeedContact[];
}

/**
 * The demo partners exactly as the built server seeds them (server/dist), including contacts
 * that did not agree to be listed publicly: the API never returns those, so only the seed knows
 * what must not appear on a page.
 */
export async function loadSeedPartners(): Promise<SeedPartner[]> {
  const file = path.join(REPO_ROOT, 'server', 'dist', 'db', 'seed', 'demo-organizations.js');
  const mod = (await import(pathToFileURL(file).href)) as { DEMO_PARTNERS?: SeedPartner[] };
  if (!Array.isArray(mod.DEMO_PARTNERS)) throw new Error(`${file} no longer exports DEMO_PARTNERS.`);
  return mod.DEMO_PARTNERS;
}
