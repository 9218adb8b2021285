import type { Role } from '@partnerhub/shared';

/** What a workspace section's navigation entry needs to decide whether to show itself. */
export interface SectionAccess {
  /** The viewer's role in the organization the section belongs to. */
  role: Role;
  /** The organization's `viewerCan…` fields as the API answered them (absent while loading: false). */
  can: Readonly<Record<string, boolean>>;
}

/** A navigation entry of a workspace section, declared on its route. */
export interface SectionNav {
  label: string;
  /** Whether this viewer gets the entry; absent: everyone who belongs to the organization. */
  visible?: (access: SectionAccess) => boolean;
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for a signed-in person; others go to /sign-in?next=… */
    requiresViewer?: boolean;
    /** Only for people who are not signed in (sign-in); others go on to where they were headed. */
    guestOnly?: boolean;
    /** Shows the route in its workspace's navigation. */
    nav?: SectionNav;
  }
}
