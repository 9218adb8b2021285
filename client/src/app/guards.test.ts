import { describe, expect, it, vi } from 'vitest';
import type { RouteLocationNormalized } from 'vue-router';
import { createSessionGuard, safeNext, sessionRedirect } from './guards';
import { type SessionViewer, createSession } from './session';

function to(
  fullPath: string,
  meta: RouteLocationNormalized['meta'] = {},
  query: Record<string, string> = {},
) {
  return { fullPath, meta, query } as unknown as RouteLocationNormalized;
}

const SIGNED_IN: SessionViewer = {
  kind: 'USER',
  user: { id: 'u1', name: 'Sam', email: 'sam@example.org' },
  memberships: [],
};

describe('safeNext', () => {
  it('keeps paths of this site', () => {
    expect(safeNext('/workspace/d/maple-ridge/members?x=1')).toBe('/workspace/d/maple-ridge/members?x=1');
    expect(safeNext(['/invitations/abc'])).toBe('/invitations/abc');
  });

  it('refuses anything that could lead elsewhere', () => {
    for (const bad of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/a\nb',
      '',
    ])
      expect(safeNext(bad)).toBe('/workspace');
    expect(safeNext(undefined)).toBe('/workspace');
    expect(safeNext(null)).toBe('/workspace');
  });
});

describe('sessionRedirect', () => {
  it('sends visitors of workspace pages to sign in, remembering where they were going', () => {
    expect(sessionRedirect(to('/workspace/d/maple-ridge', { requiresViewer: true }), false)).toEqual({
      path: '/sign-in',
      query: { next: '/workspace/d/maple-ridge' },
    });
    expect(sessionRedirect(to('/workspace', { requiresViewer: true }), true)).toBe(true);
  });

  it('sends signed-in people past the sign-in page', () => {
    expect(sessionRedirect(to('/sign-in', { guestOnly: true }, { next: '/workspace/p/x' }), true)).toBe(
      '/workspace/p/x',
    );
    expect(sessionRedirect(to('/sign-in', { guestOnly: true }, { next: '//evil' }), true)).toBe('/workspace');
    expect(sessionRedirect(to('/sign-in', { guestOnly: true }), false)).toBe(true);
  });

  it('leaves public pages alone', () => {
    expect(sessionRedirect(to('/d/maple-ridge'), false)).toBe(true);
  });
});

describe('createSessionGuard', () => {
  it('does not ask for the viewer on public pages', async () => {
    const loadViewer = vi.fn(async () => SIGNED_IN);
    const guard = createSessionGuard(createSession({ loadViewer, signIn: vi.fn(), signOut: vi.fn() }));
    await expect(guard.call(undefined, to('/d/maple-ridge'), to('/'), () => {})).resolves.toBe(true);
    expect(loadViewer).not.toHaveBeenCalled();
  });

  it('waits for the viewer on workspace pages and redirects anonymous visitors', async () => {
    const anonymous = createSession({
      loadViewer: async () => ({ kind: 'ANONYMOUS', user: null, memberships: [] }),
      signIn: vi.fn(),
      signOut: vi.fn(),
    });
    const guard = createSessionGuard(anonymous);
    await expect(
      guard.call(undefined, to('/workspace/members', { requiresViewer: true }), to('/'), () => {}),
    ).resolves.toEqual({ path: '/sign-in', query: { next: '/workspace/members' } });
  });

  it('lets the page show the failure when the viewer cannot be loaded', async () => {
    const broken = createSession({
      loadViewer: async () => Promise.reject(new Error('offline')),
      signIn: vi.fn(),
      signOut: vi.fn(),
    });
    const guard = createSessionGuard(broken);
    await expect(
      guard.call(undefined, to('/workspace', { requiresViewer: true }), to('/'), () => {}),
    ).resolves.toBe(true);
  });
});
