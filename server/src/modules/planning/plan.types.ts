import { Field, ID, ObjectType } from 'type-graphql';
import { Node, type TypedRow } from '../../graphql/node.js';
import { PartnerOrganization } from '../organizations/index.js';
import type { ImplementationPlan } from './plan.entity.js';
import { ResponsiblePartyKind } from './planning.enums.js';

/** A district's plan; its global id is made from the district's, so every district has one. */
@ObjectType('ImplementationPlan', {
  implements: Node,
  description:
    "A district's implementation plan: goals with their objectives, and the money aligned to them.",
})
export class PlanView implements TypedRow {
  __typename!: 'ImplementationPlan';

  /** The district's database id. */
  dbId!: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the plan was published; from then on its public summary is readable by anyone and shows the current goals, objectives and allocations (not a frozen copy). Null while unpublished.',
  })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publishedByName!: string | null;
}

/** The plan of a district, from its publication row when there is one. */
export function planView(districtId: number, row: ImplementationPlan | null): PlanView {
  return {
    __typename: 'ImplementationPlan',
    dbId: districtId,
    publishedAt: row?.publishedAt ?? null,
    publishedByName: row?.publishedByName ?? null,
  };
}

@ObjectType({ description: 'Who answers for an objective.' })
export class ResponsibleParty {
  @Field(() => ResponsiblePartyKind)
  kind!: ResponsiblePartyKind;

  @Field({ description: "The person's or organization's name." })
  name!: string;

  @Field(() => PartnerOrganization, {
    nullable: true,
    description: 'The partner, when a partner answers for it.',
  })
  partner!: PartnerOrganization | null;
}

@ObjectType({ description: 'A published listing an objective relies on.' })
export class ObjectiveListingLink {
  @Field(() => ID, { description: 'The stable listing id; `district.opportunity(listingId:)` reads it.' })
  listingId!: string;

  @Field(() => String, { nullable: true, description: 'Its title in the newest version that holds it.' })
  title!: string | null;

  @Field(() => Boolean, { description: "Whether the district's newest published list still holds it." })
  inNewestList!: boolean;
}
