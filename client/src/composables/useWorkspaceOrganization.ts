import type { Role } from '@partnerhub/shared';
import { type InjectionKey, type Ref, inject } from 'vue';
import type { OrganizationKind } from '@/app/session';

/** The organization whose workspace is showing, and the viewer's role in it. */
export interface WorkspaceOrganization {
  kind: OrganizationKind;
  id: string;
  slug: string;
  name: string;
  role: Role;
  /** The workspace's own path, e.g. /workspace/d/maple-ridge; section paths continue from it. */
  base: string;
}

export const workspaceOrganizationKey: InjectionKey<Readonly<Ref<WorkspaceOrganization>>> =
  Symbol('workspaceOrganization');

/**
 * The organization of the workspace page that is showing.
 * @throws Error when called outside a page rendered inside a workspace layout.
 */
export function useWorkspaceOrganization(): Readonly<Ref<WorkspaceOrganization>> {
  const org = inject(workspaceOrganizationKey, null);
  if (!org) {
    throw new Error(
      'useWorkspaceOrganization() found no organization: render this page as a child route of a workspace layout.',
    );
  }
  return org;
}
