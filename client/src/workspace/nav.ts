import type { RouteRecordRaw } from 'vue-router';
import type { SectionAccess, ViewerCanField } from '@/app/routeMeta';

export interface NavEntry {
  label: string;
  to: string;
}

/** The navigation of a workspace: every child route with `meta.nav` this viewer may see, in route order. */
export function sectionNav(
  routes: readonly RouteRecordRaw[],
  base: string,
  access: SectionAccess,
): NavEntry[] {
  const entries: NavEntry[] = [];
  for (const route of routes) {
    const nav = route.meta?.nav;
    if (!nav || (nav.visible && !nav.visible(access))) continue;
    entries.push({ label: nav.label, to: route.path ? `${base}/${route.path}` : base });
  }
  return entries;
}

/** The entry a path belongs to: the longest entry path that is the path itself or one of its parents. */
export function currentEntry(entries: readonly NavEntry[], path: string): NavEntry | null {
  const clean = path.replace(/\/+$/, '');
  let best: NavEntry | null = null;
  for (const entry of entries) {
    const inside = clean === entry.to || clean.startsWith(`${entry.to}/`);
    if (inside && (!best || entry.to.length > best.to.length)) best = entry;
  }
  return best;
}

/** Whether a field of an organization is one of its permission fields. */
export function isViewerCanField(key: string): key is ViewerCanField {
  return key.startsWith('viewerCan');
}

/** Sections shown when the server says the viewer may use them (a `viewerCan*` field is true). */
export function allowedBy(flag: ViewerCanField): (access: SectionAccess) => boolean {
  return (access) => access.can[flag] === true;
}
