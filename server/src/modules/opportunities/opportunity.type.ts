import { Compensation, LocationMode, OpportunityType } from '@partnerhub/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/relay.js';

@ObjectType({ description: 'A postal address.' })
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

  @Field(() => String, { nullable: true })
  accessibilityNotes!: string | null;

  @Field(() => String, { nullable: true })
  transportNotes!: string | null;

  @Field(() => Date, { description: 'When this listing first appeared in a published version.' })
  firstPublishedAt!: Date;

  /** Raw columns behind computed fields. */
  declare versionId: number;
  declare districtId: number;
  declare partnerId: number | null;
  declare street: string | null;
  declare city: string | null;
  declare state: string | null;
  declare postalCode: string | null;
  declare contactName: string | null;
  declare contactEmail: string | null;
  declare contactPhone: string | null;
  declare contactPublishable: boolean;
  /** Joined rows, present when the query selected them. */
  declare partnerRow?: object | null;
  declare districtRow?: object;
}

@ObjectType()
export class OpportunityConnection extends ConnectionType(OpportunityNode, 'Opportunity') {}
