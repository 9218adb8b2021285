import { Compensation, LocationMode, OpportunityType } from '@partnerhub/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

/** The fields of a listing; in an update, omitted fields stay as they are. */
@InputType()
export class ListingFieldsInput {
  @Field(() => String, { nullable: true, description: 'At most 200 characters; required.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 500 characters; required.' })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => OpportunityType, { nullable: true, description: 'Required.' })
  type?: OpportunityType | null;

  @Field(() => LocationMode, { nullable: true })
  locationMode?: LocationMode | null;

  @Field(() => String, { nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter state code.' })
  state?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after startDate.' })
  endDate?: string | null;

  @Field(() => Float, { nullable: true, description: '0 to 60.' })
  hoursPerWeek?: number | null;

  @Field(() => Int, { nullable: true, description: '0 (kindergarten) to 12; required.' })
  gradeMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'gradeMin to 12; required.' })
  gradeMax?: number | null;

  @Field(() => Int, { nullable: true, description: '10 to 25.' })
  minimumAge?: number | null;

  @Field(() => String, { nullable: true })
  otherRequirements?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; a positive whole number.' })
  capacity?: number | null;

  @Field(() => Compensation, { nullable: true })
  compensation?: Compensation | null;

  @Field(() => String, { nullable: true })
  compensationDetails?: string | null;

  @Field(() => Boolean, { nullable: true })
  earnsCredit?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Only when earnsCredit.' })
  creditAmount?: number | null;

  @Field(() => String, { nullable: true, description: 'Subject or course code; only when earnsCredit.' })
  creditSubject?: string | null;

  @Field(() => String, { nullable: true })
  careerCluster?: string | null;

  @Field(() => [String], { nullable: true })
  skills?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'http(s) address; applyUrl, applyEmail or applyInstructions is required.',
  })
  applyUrl?: string | null;

  @Field(() => String, { nullable: true })
  applyEmail?: string | null;

  @Field(() => String, { nullable: true })
  applyInstructions?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or before endDate.' })
  deadline?: string | null;

  @Field(() => String, { nullable: true })
  accessibilityNotes?: string | null;

  @Field(() => String, { nullable: true })
  transportNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Never shown publicly unless contactPublishable.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => Boolean, { nullable: true })
  contactPublishable?: boolean | null;
}

@InputType({ description: "Adds a listing to a district's draft opportunity list." })
export class SubmitOpportunityInput extends ListingFieldsInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The partner organization offering it (a partner with an active partnership); null: the district itself. Partner members may only name their own partner.',
  })
  partnerId?: string | null;
}

@InputType({
  description: 'Changes a listing of the draft opportunity list; omitted fields stay as they are.',
})
export class UpdateDraftOpportunityInput extends ListingFieldsInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => ID, { description: 'The stable listing id.' })
  listingId!: string;
}

@InputType({ description: 'Publishes the draft opportunity list as the next numbered version.' })
export class PublishOpportunityListInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => String, {
    nullable: true,
    description: "What changed, in the publisher's words (at most 2000).",
  })
  summary?: string | null;
}
