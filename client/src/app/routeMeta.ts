/** The name of a permission field the API answers on an organization (`viewerCanManageMembers`). */
export type ViewerCanField = `viewerCan${string}`;

/**
 * What a workspace section's navigation entry needs to decide whether to show itself: only what the
 * server says this viewer may do, never the role's name, so the navigation cannot drift from the API.
 */
export interface SectionAccess {
  /** The organization's `viewerCan…` fields as the API answered them (absent while loading: false). */
  can: Readonly<Partial<Record<ViewerCanField, boolean>>>;
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
