import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { allowedBy, currentEntry, isViewerCanField, sectionNav } from './nav';

const page = () => Promise.resolve({ default: {} });
const ROUTES: RouteRecordRaw[] = [
  { path: '', component: page, meta: { nav: { label: 'Overview' } } },
  { path: 'partners', component: page, meta: { nav: { label: 'Partners' } } },
  { path: 'partners/:partnerSlug', component: page },
  {
    path: 'members',
    component: page,
    meta: { nav: { label: 'Members', visible: allowedBy('viewerCanManageMembers') } },
  },
  {
    path: 'profile',
    component: page,
    meta: { nav: { label: 'Profile', visible: allowedBy('viewerCanUpdate') } },
  },
];
const BASE = '/workspace/d/maple-ridge';

describe('sectionNav', () => {
  it('lists the sections the server says this viewer may use, in route order', () => {
    const nav = sectionNav(ROUTES, BASE, { can: { viewerCanUpdate: true, viewerCanManageMembers: true } });
    expect(nav).toEqual([
      { label: 'Overview', to: BASE },
      { label: 'Partners', to: `${BASE}/partners` },
      { label: 'Members', to: `${BASE}/members` },
      { label: 'Profile', to: `${BASE}/profile` },
    ]);
  });

  it('hides sections from people who cannot use them', () => {
    const nav = sectionNav(ROUTES, BASE, { can: { viewerCanUpdate: false, viewerCanManageMembers: false } });
    expect(nav.map((e) => e.label)).toEqual(['Overview', 'Partners']);
    // Until the organization has loaded, sections that need a viewerCan… field stay hidden.
    expect(sectionNav(ROUTES, BASE, { can: {} }).map((e) => e.label)).toEqual(['Overview', 'Partners']);
  });
});

describe('currentEntry', () => {
  const nav = sectionNav(ROUTES, BASE, { can: {} });
  it('marks the section a page belongs to, including its sub-pages', () => {
    expect(currentEntry(nav, `${BASE}/partners/riverbend`)?.label).toBe('Partners');
    expect(currentEntry(nav, `${BASE}/partners`)?.label).toBe('Partners');
    expect(currentEntry(nav, `${BASE}/`)?.label).toBe('Overview');
    expect(currentEntry(nav, `${BASE}/partnerships`)?.label).toBe('Overview');
    expect(currentEntry(nav, '/workspace/d/other')).toBeNull();
  });
});

describe('isViewerCanField', () => {
  it('picks the permission fields of an organization', () => {
    expect(isViewerCanField('viewerCanManageMembers')).toBe(true);
    expect(isViewerCanField('name')).toBe(false);
    expect(isViewerCanField('id')).toBe(false);
  });
});
