import type { Role } from '@partnerhub/shared';
import { computed, effectScope, ref, shallowRef } from 'vue';
import { clearLocalCopies } from '@/editor/localCopyNames';
import { request } from './graphql/client';
import {
  type SignInMutation,
  SignInDocument,
  type SignInInput,
  SignOutDocument,
  SignOutEverywhereDocument,
  ViewerDocument,
  type ViewerFieldsFragment,
} from './graphql/generated/graphql';

export type SessionViewer = ViewerFieldsFragment;
type SignInPayload = SignInMutation['signIn'];

/** Which kind of organization a workspace route is about. */
export type OrganizationKind = 'district' | 'partner' | 'state';

/** One organization the signed-in person belongs to, with their role there. */
export interface SessionOrganization {
  kind: OrganizationKind;
  id: string;
  name: string;
  slug: string;
  role: Role;
  membershipId: string;
}

/** What the session needs from the API; the GraphQL implementation is the default. */
export interface SessionApi {
  loadViewer(): Promise<SessionViewer>;
  signIn(input: SignInInput): Promise<SignInPayload>;
  signOut(everywhere: boolean): Promise<void>;
}

const ANONYMOUS: SessionViewer = { kind: 'ANONYMOUS', user: null, memberships: [] };

const graphqlSessionApi: SessionApi = {
  loadViewer: async () => (await request(ViewerDocument, {})).viewer,
  signIn: async (input) => (await request(SignInDocument, { input })).signIn,
  async signOut(everywhere) {
    if (everywhere) await request(SignOutEverywhereDocument, {});
    else await request(SignOutDocument, {});
    await clearLocalCopies();
  },
};

const KIND_ORDER: Record<OrganizationKind, number> = { state: 0, district: 1, partner: 2 };
const PATH_LETTER: Record<OrganizationKind, string> = { state: 's', district: 'd', partner: 'p' };

/** The organizations of a viewer, state agencies first, then districts, then partners, each by name. */
export function organizationsOf(viewer: SessionViewer | null): SessionOrganization[] {
  const list: SessionOrganization[] = [];
  for (const m of viewer?.memberships ?? []) {
    const base = { role: m.role, membershipId: m.id };
    if (m.district)
      list.push({
        ...base,
        kind: 'district',
        id: m.district.id,
        name: m.district.name,
        slug: m.district.slug,
      });
    else if (m.partner)
      list.push({ ...base, kind: 'partner', id: m.partner.id, name: m.partner.name, slug: m.partner.slug });
    else if (m.stateAgency)
      // A state's workspace is addressed by its code: /workspace/s/oh.
      list.push({
        ...base,
        kind: 'state',
        id: m.stateAgency.id,
        name: m.stateAgency.name,
        slug: m.stateAgency.state.toLowerCase(),
      });
  }
  return list.sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

/** The workspace path of an organization. */
export function workspacePath(org: Pick<SessionOrganization, 'kind' | 'slug'>): string {
  return `/workspace/${PATH_LETTER[org.kind]}/${encodeURIComponent(org.slug)}`;
}

/** Where "Workspace" leads: straight into the only organization, or to the list of several. */
export function workspaceHome(orgs: readonly SessionOrganization[]): string {
  return orgs.length === 1 ? workspacePath(orgs[0]!) : '/workspace';
}

/**
 * A setup-style store of who is signed in. `ensureLoaded()` asks the API once; sign-in, sign-out and
 * any mutation that returns a viewer replace it, so every component sees the change at once.
 */
export function createSession(api: SessionApi = graphqlSessionApi) {
  return effectScope(true).run(() => {
    const viewer = shallowRef<SessionViewer | null>(null);
    /** Set when the viewer could not be loaded (network or server failure); signed-out is not an error. */
    const error = shallowRef<Error | null>(null);
    const loading = ref(false);
    let pending: Promise<void> | null = null;

    const signedIn = computed(() => viewer.value?.kind === 'USER' && viewer.value.user != null);
    const user = computed(() => (signedIn.value ? (viewer.value?.user ?? null) : null));
    const organizations = computed(() => organizationsOf(viewer.value));

    function setViewer(next: SessionViewer | null | undefined): void {
      viewer.value = next ?? ANONYMOUS;
      error.value = null;
    }

    /** Loads the viewer again from the API. Never throws: a failure is kept in `error`. */
    function refresh(): Promise<void> {
      const run: Promise<void> = load().finally(() => {
        if (pending === run) pending = null;
      });
      pending = run;
      return run;
    }

    async function load(): Promise<void> {
      loading.value = true;
      try {
        setViewer(await api.loadViewer());
      } catch (caught) {
        error.value = caught instanceof Error ? caught : new Error(String(caught));
      } finally {
        loading.value = false;
      }
    }

    /** Resolves once the viewer is known (loading it the first time); concurrent callers share one request. */
    function ensureLoaded(): Promise<void> {
      if (viewer.value && !error.value) return Promise.resolve();
      return pending ?? refresh();
    }

    /** Signs in; on success the session holds the new viewer. Returns the payload for its userErrors. */
    async function signIn(input: SignInInput): Promise<SignInPayload> {
      const payload = await api.signIn(input);
      if (payload.viewer && payload.userErrors.length === 0) setViewer(payload.viewer);
      return payload;
    }

    /**
     * Ends this session (or every session of the person) and forgets the viewer.
     * @throws GraphQLRequestError when the API cannot be reached; the session is then unchanged.
     */
    async function signOut({ everywhere = false }: { everywhere?: boolean } = {}): Promise<void> {
      await api.signOut(everywhere);
      setViewer(ANONYMOUS);
    }

    /** The signed-in person's membership in the organization with this kind and slug, or null. */
    function organization(kind: OrganizationKind, slug: string): SessionOrganization | null {
      return organizations.value.find((o) => o.kind === kind && o.slug === slug) ?? null;
    }

    return {
      viewer,
      user,
      error,
      loading,
      signedIn,
      organizations,
      ensureLoaded,
      refresh,
      setViewer,
      signIn,
      signOut,
      organization,
    };
  })!;
}

export type Session = ReturnType<typeof createSession>;

let shared: Session | null = null;

/** The app's one session store. */
export function useSession(): Session {
  shared ??= createSession();
  return shared;
}
