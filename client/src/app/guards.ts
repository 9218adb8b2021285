import type { NavigationGuardWithThis, RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import type { Session } from './session';

export const WORKSPACE_HOME = '/workspace';

/**
 * A same-site path to continue to after signing in, or the workspace. Anything that could leave the
 * site (`//evil.example`, `https://…`, `/\evil`) is refused, so `?next=` cannot be used to redirect
 * someone elsewhere.
 */
export function safeNext(next: unknown): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (typeof value !== 'string' || !value.startsWith('/')) return WORKSPACE_HOME;
  const hasControl = [...value].some((c) => c.charCodeAt(0) < 0x20);
  if (value.startsWith('//') || value.includes('\\') || hasControl) return WORKSPACE_HOME;
  return value;
}

/** Where the session guard sends a navigation, or `true` to let it through. */
export function sessionRedirect(
  to: Pick<RouteLocationNormalized, 'fullPath' | 'meta' | 'query'>,
  signedIn: boolean,
): RouteLocationRaw | true {
  if (to.meta.requiresViewer && !signedIn) return { path: '/sign-in', query: { next: to.fullPath } };
  if (to.meta.guestOnly && signedIn) return safeNext(to.query.next);
  return true;
}

/**
 * Waits for the session on routes that depend on it (workspace and sign-in pages only, so public pages
 * never wait for it) and redirects as `sessionRedirect` says. When the viewer cannot be loaded at all,
 * the route goes ahead and shows the failure with a retry.
 */
export function createSessionGuard(session: Session): NavigationGuardWithThis<undefined> {
  return async (to) => {
    if (!to.meta.requiresViewer && !to.meta.guestOnly) return true;
    await session.ensureLoaded();
    if (session.error.value) return true;
    return sessionRedirect(to, session.signedIn.value);
  };
}
