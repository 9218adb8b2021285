import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Compensation, LocationMode, OpportunityType } from '@partnerhub/shared';
import { District, PartnerOrganization } from '../organizations/index.js';
import { OpportunityListVersion } from './opportunity-list-version.entity.js';

/**
 * One listing as published in one version of a district's list (write model; never updated).
 * `listingId` is stable across versions; `district` repeats the version's district so that public
 * reads filter without a join.
 */
@Entity({ tableName: 'opportunity' })
// Every read is within one version; type is the most selective filter of the public search, and
// with the grade range and the deadline the search finds, counts and orders its matches in the index;
// the id, last, lets it pick the page's rows from the index alone, without visiting the matches' rows.
@Index({
  name: 'opportunity_search_index',
  properties: ['version', 'type', 'gradeMin', 'gradeMax', 'deadline', 'id'],
})
@Index({ properties: ['partner'] })
@Index({ properties: ['listingId'] })
export class Opportunity {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => OpportunityListVersion, { deleteRule: 'cascade' })
  version!: Rel<OpportunityListVersion>;

  @ManyToOne(() => District, { deleteRule: 'cascade' })
  district!: Rel<District>;

  /** Null when the district itself offers the opportunity. */
  @ManyToOne(() => PartnerOrganization, { nullable: true, deleteRule: 'set null' })
  partner?: Rel<PartnerOrganization> | null;

  @Property({ length: 36 })
  listingId!: string;

  @Property()
  position!: number;

  @Property({ length: 200 })
  title!: string;

  @Property({ length: 500 })
  summary!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => OpportunityType, nativeEnumName: 'opportunity_type' })
  type!: OpportunityType;

  @Enum({ items: () => LocationMode, nativeEnumName: 'location_mode' })
  locationMode!: LocationMode;

  @Property({ length: 300, nullable: true })
  street?: string | null;

  @Property({ length: 120, nullable: true })
  city?: string | null;

  @Property({ length: 2, nullable: true })
  state?: string | null;

  @Property({ length: 10, nullable: true })
  postalCode?: string | null;

  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Property({ type: 'float', nullable: true })
  hoursPerWeek?: number | null;

  @Property()
  gradeMin!: number;

  @Property()
  gradeMax!: number;

  @Property({ type: 'integer', nullable: true })
  minimumAge?: number | null;

  @Property({ type: 'text', nullable: true })
  otherRequirements?: string | null;

  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  @Enum({ items: () => Compensation, nativeEnumName: 'compensation' })
  compensation!: Compensation;

  @Property({ length: 200, nullable: true })
  compensationDetails?: string | null;

  @Property({ default: false })
  earnsCredit: boolean & Opt = false;

  @Property({ type: 'float', nullable: true })
  creditAmount?: number | null;

  @Property({ length: 200, nullable: true })
  creditSubject?: string | null;

  @Property({ length: 120, nullable: true })
  careerCluster?: string | null;

  @Property({ type: 'json' })
  skills: string[] & Opt = [];

  @Property({ length: 1000, nullable: true })
  applyUrl?: string | null;

  @Property({ length: 320, nullable: true })
  applyEmail?: string | null;

  @Property({ type: 'text', nullable: true })
  applyInstructions?: string | null;

  @Property({ type: 'date', nullable: true })
  deadline?: string | null;

  @Property({ type: 'text', nullable: true })
  accessibilityNotes?: string | null;

  @Property({ type: 'text', nullable: true })
  transportNotes?: string | null;

  @Property({ length: 200, nullable: true })
  contactName?: string | null;

  @Property({ length: 320, nullable: true })
  contactEmail?: string | null;

  @Property({ length: 40, nullable: true })
  contactPhone?: string | null;

  /** The contact is shown publicly only when this is set. */
  @Property({ default: false })
  contactPublishable: boolean & Opt = false;

  /** When the listing first appeared in a published version; carried forward by later versions. */
  @Property()
  firstPublishedAt!: Date;

  /** Lower-cased title, summary, description, skills and partner name, for the public text search. */
  @Property({ type: 'text', lazy: true })
  searchText!: string;
}
