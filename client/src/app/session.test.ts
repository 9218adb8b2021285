import { describe, expect, it, vi } from 'vitest';
import {
  type SessionApi,
  type SessionViewer,
  createSession,
  organizationsOf,
  workspaceHome,
} from './session';

const DANA: SessionViewer = {
  kind: 'USER',
  user: { id: 'u1', name: 'Dana Whitfield', email: 'admin@maple-ridge.demo' },
  memberships: [
    {
      id: 'm2',
      role: 'PARTNER_ADMIN',
      district: null,
      partner: { id: 'p1', name: 'Riverbend Precision Manufacturing', slug: 'riverbend-manufacturing' },
    },
    {
      id: 'm1',
      role: 'DISTRICT_ADMIN',
      district: { id: 'd1', name: 'Maple Ridge City School District', slug: 'maple-ridge' },
      partner: null,
    },
  ],
};
const ANONYMOUS: SessionViewer = { kind: 'ANONYMOUS', user: null, memberships: [] };

function fakeApi(overrides: Partial<SessionApi> = {}): SessionApi {
  return {
    loadViewer: vi.fn(async () => ANONYMOUS),
    signIn: vi.fn(async () => ({ viewer: DANA, retryAfterSeconds: null, userErrors: [] })),
    signOut: vi.fn(async () => {}),
    ...overrides,
  };
}

describe('createSession', () => {
  it('asks the API once however many callers wait for the viewer', async () => {
    const api = fakeApi({ loadViewer: vi.fn(async () => DANA) });
    const session = createSession(api);
    expect(session.viewer.value).toBeNull();
    await Promise.all([session.ensureLoaded(), session.ensureLoaded()]);
    await session.ensureLoaded();
    expect(api.loadViewer).toHaveBeenCalledTimes(1);
    expect(session.signedIn.value).toBe(true);
    expect(session.user.value?.name).toBe('Dana Whitfield');
  });

  it('is signed out for an anonymous viewer', async () => {
    const session = createSession(fakeApi());
    await session.ensureLoaded();
    expect(session.signedIn.value).toBe(false);
    expect(session.user.value).toBeNull();
    expect(session.organizations.value).toEqual([]);
  });

  it('keeps a load failure as an error, not as signed out, and tries again next time', async () => {
    const loadViewer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(DANA);
    const session = createSession(fakeApi({ loadViewer }));
    await session.ensureLoaded();
    expect(session.error.value?.message).toBe('offline');
    expect(session.signedIn.value).toBe(false);
    await session.ensureLoaded();
    expect(session.error.value).toBeNull();
    expect(session.signedIn.value).toBe(true);
  });

  it('takes the viewer from a successful sign-in without another request', async () => {
    const api = fakeApi();
    const session = createSession(api);
    await session.ensureLoaded();
    const payload = await session.signIn({
      email: 'admin@maple-ridge.demo',
      password: 'demo-district-admin',
    });
    expect(payload.userErrors).toEqual([]);
    expect(session.signedIn.value).toBe(true);
    expect(api.loadViewer).toHaveBeenCalledTimes(1);
  });

  it('stays signed out when sign-in returns userErrors', async () => {
    const signIn = vi.fn(async () => ({
      viewer: null,
      retryAfterSeconds: 600,
      userErrors: [{ field: null, message: 'Too many failed sign-ins.', code: 'TOO_MANY_ATTEMPTS' }],
    }));
    const session = createSession(fakeApi({ signIn }));
    const payload = await session.signIn({ email: 'x@y.z', password: 'nope' });
    expect(payload.retryAfterSeconds).toBe(600);
    expect(session.signedIn.value).toBe(false);
  });

  it('forgets the viewer after signing out, here or everywhere', async () => {
    const api = fakeApi({ loadViewer: vi.fn(async () => DANA) });
    const session = createSession(api);
    await session.ensureLoaded();
    await session.signOut({ everywhere: true });
    expect(api.signOut).toHaveBeenCalledWith(true);
    expect(session.signedIn.value).toBe(false);
    expect(session.organizations.value).toEqual([]);
  });

  it('keeps the session when signing out fails', async () => {
    const api = fakeApi({
      loadViewer: vi.fn(async () => DANA),
      signOut: vi.fn(async () => Promise.reject(new Error('offline'))),
    });
    const session = createSession(api);
    await session.ensureLoaded();
    await expect(session.signOut()).rejects.toThrow('offline');
    expect(session.signedIn.value).toBe(true);
  });

  it('finds the membership for a workspace by kind and slug', async () => {
    const session = createSession(fakeApi({ loadViewer: vi.fn(async () => DANA) }));
    await session.ensureLoaded();
    expect(session.organization('district', 'maple-ridge')?.role).toBe('DISTRICT_ADMIN');
    expect(session.organization('partner', 'maple-ridge')).toBeNull();
    expect(session.organization('district', 'cedar-valley')).toBeNull();
  });
});

describe('organizationsOf and workspaceHome', () => {
  it('lists districts first, and goes straight to the only organization', () => {
    const orgs = organizationsOf(DANA);
    expect(orgs.map((o) => `${o.kind}:${o.slug}`)).toEqual([
      'district:maple-ridge',
      'partner:riverbend-manufacturing',
    ]);
    expect(workspaceHome(orgs)).toBe('/workspace');
    expect(workspaceHome(orgs.slice(1))).toBe('/workspace/p/riverbend-manufacturing');
    expect(workspaceHome([])).toBe('/workspace');
  });
});
