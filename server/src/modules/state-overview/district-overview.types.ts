import { ArgsType, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { ConnectionType, ForwardPaginationArgs } from '../../graphql/relay.js';
import { District } from '../organizations/index.js';

@ObjectType({ description: 'A dated step a district must take next in its flexibility cycle.' })
export class OverviewDeadline {
  @Field()
  label!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;
}

@ObjectType({ description: "One district of a state as the state's staff see it at a glance." })
export class DistrictOverviewRow {
  @Field(() => District)
  district!: District;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The stage of its flexibility application; null when it has none.',
  })
  stage!: string | null;

  @Field(() => Int, { nullable: true, description: 'The first school year of its flexibility period.' })
  firstSchoolYear!: number | null;

  @Field(() => OverviewDeadline, { nullable: true })
  nextDeadline!: OverviewDeadline | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Open review comment threads; null when the count is not available.',
  })
  openCommentCount!: number | null;

  @Field(() => Int, { description: 'Objectives of its plan marked at risk.' })
  objectivesAtRisk!: number;

  @Field(() => Int, { description: 'Objectives of its plan marked off track.' })
  objectivesOffTrack!: number;

  @Field(() => SafeIntResolver, { description: 'All its funding sources, every fiscal year, in cents.' })
  fundingAmountCents!: number;

  @Field(() => SafeIntResolver, { description: 'What it aligned to objectives, in cents.' })
  fundingAllocatedCents!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of its funding not aligned to any objective (0 to 1); null without funding.',
  })
  fundingUnallocatedShare!: number | null;
}

@ObjectType()
export class DistrictOverviewConnection extends ConnectionType(DistrictOverviewRow, 'DistrictOverview') {}

@InputType({ description: 'Which districts of the state to show; every condition given must hold.' })
export class DistrictOverviewFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Any of these flexibility stages; "NONE" stands for districts without an application.',
  })
  stages?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only districts with objectives at risk or off track; false: only those without.',
  })
  hasObjectivesAtRisk?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words that must all appear in the name.' })
  search?: string | null;
}

@ArgsType()
export class DistrictOverviewArgs extends ForwardPaginationArgs {
  @Field(() => DistrictOverviewFilter, { nullable: true })
  filter?: DistrictOverviewFilter | null;
}

@ObjectType({ description: 'A district of a state as anyone may see it.' })
export class StateDistrict {
  @Field(() => District)
  district!: District;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The public stage of its flexibility application; null when it has none.',
  })
  stage!: string | null;
}

@ObjectType()
export class StateDistrictConnection extends ConnectionType(StateDistrict, 'StateDistrict') {}
