import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { adminsOnly, currentEntry, sectionNav } from './nav';

const page = () => Promise.resolve({ default: {} });
const ROUTES: RouteRecordRaw[] = [
  { path: '', component: page, meta: { nav: { label: 'Overview' } } },
  { path: 'partners', component: page, meta: { nav: { label: 'Partners' } } },
  { path: 'partners/:partnerSlug', component: page },
  { path: 'members', component: page, meta: { nav: { label: 'Members', visible: adminsOnly } } },
  {
    path: 'profile',
    component: page,
    meta: { nav: { label: 'Profile', visible: (a) => a.can.viewerCanUpdate === true } },
  },
];
const BASE = '/workspace/d/maple-ridge';

describe('sectionNav', () => {
  it('lists the sections a district admin may use, in route order', () => {
    const nav = sectionNav(ROUTES, BASE, { role: 'DISTRICT_ADMIN', can: { viewerCanUpdate: true } });
    expect(nav).toEqual([
      { label: 'Overview', to: BASE },
      { label: 'Partners', to: `${BASE}/partners` },
      { label: 'Members', to: `${BASE}/members` },
      { label: 'Profile', to: `${BASE}/profile` },
    ]);
  });

  it('hides sections from people who cannot use them', () => {
    const nav = sectionNav(ROUTES, BASE, { role: 'DISTRICT_STAFF', can: { viewerCanUpdate: false } });
    expect(nav.map((e) => e.label)).toEqual(['Overview', 'Partners']);
    // Until the organization has loaded, sections that need a viewerCan… field stay hidden.
    expect(sectionNav(ROUTES, BASE, { role: 'DISTRICT_ADMIN', can: {} }).map((e) => e.label)).not.toContain(
      'Profile',
    );
  });
});

describe('currentEntry', () => {
  const nav = sectionNav(ROUTES, BASE, { role: 'DISTRICT_ADMIN', can: {} });
  it('marks the section a page belongs to, including its sub-pages', () => {
    expect(currentEntry(nav, `${BASE}/partners/riverbend`)?.label).toBe('Partners');
    expect(currentEntry(nav, `${BASE}/partners`)?.label).toBe('Partners');
    expect(currentEntry(nav, `${BASE}/`)?.label).toBe('Overview');
    expect(currentEntry(nav, `${BASE}/partnerships`)?.label).toBe('Overview');
    expect(currentEntry(nav, '/workspace/d/other')).toBeNull();
  });
});
