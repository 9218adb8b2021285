import { Compensation, LocationMode, OpportunityType } from '@partnerhub/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/relay.js';
import { District, PartnerContact, PartnerOrganization } from '../organizations/index.js';

@ObjectType({ description: 'A postal address.', simpleResolvers: true })
export class Address {
  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter state code.' })
  state!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;
}

/**
 * A published learning opportunity (one listing in one published version of a district's list).
 * Read from SQL rows, so only the columns a query selects are present on the object.
 */
@ObjectType('Opportunity', {
  implements: Node,
  simpleResolvers: true,
  description: 'A learning opportunity as published by a district.',
})
export class OpportunityNode {
  declare __typename: 'Opportunity';

  /** Database id; the GraphQL `id` is derived from it. */
  declare dbId: number;

  // Never set on a row: resolved from `dbId`, as every node's id is (graphql/schema.ts).
  @Field(() => ID, { description: 'An opaque global id; pass it to `node(id:)` to fetch the object again.' })
  id!: string;

  @Field(() => ID, { description: 'Stable across published versions: the same listing keeps this id.' })
  listingId!: string;

  @Field()
  title!: string;

  @Field({ description: 'One or two sentences for lists.' })
  summary!: string;

  @Field({ description: 'Plain text; paragraphs are separated by blank lines.' })
  description!: string;

  @Field(() => OpportunityType)
  type!: OpportunityType;

  @Field(() => String, { description: 'CEDS 001499 Work-based Learning Opportunity Type code.' })
  cedsCode!: string;

  @Field(() => LocationMode)
  locationMode!: LocationMode;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate!: string | null;

  @Field(() => Float, { nullable: true })
  hoursPerWeek!: number | null;

  @Field(() => Int, { description: 'Lowest grade served (0 = kindergarten).' })
  gradeMin!: number;

  @Field(() => Int, { description: 'Highest grade served.' })
  gradeMax!: number;

  @Field(() => Int, { nullable: true })
  minimumAge!: number | null;

  @Field(() => String, { nullable: true })
  otherRequirements!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of seats.' })
  capacity!: number | null;

  @Field(() => Compensation)
  compensation!: Compensation;

  @Field(() => String, { nullable: true, description: 'Pay rate or stipend, as written by the partner.' })
  compensationDetails!: string | null;

  @Field(() => Boolean)
  earnsCredit!: boolean;

  @Field(() => Float, { nullable: true })
  creditAmount!: number | null;

  @Field(() => String, { nullable: true, description: 'Subject or course code the credit counts toward.' })
  creditSubject!: string | null;

  @Field(() => String, { nullable: true })
  careerCluster!: string | null;

  @Field(() => [String])
  skills!: string[];

  @Field(() => String, { nullable: true })
  applyUrl!: string | null;

  @Field(() => String, { nullable: true })
  applyEmail!: string | null;

  @Field(() => String, { nullable: true })
  applyInstructions!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day to apply (YYYY-MM-DD), inclusive.' })
  deadline!: string | null;

  @Field(() => Boolean, { description: 'The deadline has passed; the listing no longer takes applications.' })
  isClosed!: boolean;

  @Field(() => Address, { nullable: true, description: 'Where it takes place; null when fully remote.' })
  address!: Address | null;

  @Field(() => PartnerContact, {
    nullable: true,
    description: 'Shown only when the contact agreed to be public.',
  })
  contact!: Pick<PartnerContact, 'name' | 'title' | 'email' | 'phone' | 'publishable' | 'version'> | null;

  @Field(() => PartnerOrganization, {
    nullable: true,
    description: 'Null when the district itself offers it.',
  })
  partner!: object | null;

  @Field(() => District)
  district!: object;

  @Field(() => String, { nullable: true })
  accessibilityNotes!: string | null;

  @Field(() => String, { nullable: true })
  transportNotes!: string | null;

  @Field(() => Date, { description: 'When this listing first appeared in a published version.' })
  firstPublishedAt!: Date;

  /** Raw columns behind fields and resolvers. */
  declare versionId: number;
}

// Plain objects with no middleware: graphql's default resolver reads each property, with no
// type-graphql wrapper per field.
@ObjectType({ simpleResolvers: true })
export class OpportunityConnection extends ConnectionType(OpportunityNode, 'Opportunity') {}
