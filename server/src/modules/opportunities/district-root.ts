import type { District } from '../organizations/index.js';

/**
 * The district the District fields of this module read from, typed by its shape: a root typed by an
 * entity class is copied by type-graphql into a new entity on every call when it is a plain row (the
 * public search's district is one), and MikroORM's entity constructor made that 3-4% of a search's
 * server time. These fields read only the id.
 */
export type DistrictRoot = Pick<District, 'id'>;
