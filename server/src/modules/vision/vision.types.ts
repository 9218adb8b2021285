import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay.js';
import type { DiffKind } from './vision.diff.js';
import { VisionVersion } from './vision-version.entity.js';

/** A district's vision: its adopted text for everyone, the live text and versions for its members. */
@ObjectType('Vision', {
  description:
    "A district's vision, one living document co-edited live (Yjs document `vision:<districtId>`). `adopted` is public; the rest needs access to the document.",
})
export class VisionView {
  /** The district's database id. */
  districtId!: number;
}

@ObjectType({ description: 'Vision text rendered for reading.' })
export class VisionContent {
  @Field({
    description:
      'Sanitized HTML: allow-listed elements only, every text escaped, links limited to http(s) and mailto.',
  })
  html!: string;

  @Field({ description: 'Plain text, one blank line between paragraphs.' })
  text!: string;
}

@ObjectType({ description: 'The version a district adopted most recently, as the public reads it.' })
export class AdoptedVision extends VisionContent {
  @Field(() => Date, { description: 'When the adoption was recorded.' })
  adoptedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The date the board adopted it (YYYY-MM-DD).' })
  adoptedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The board resolution that adopted it.' })
  resolution!: string | null;

  @Field()
  versionName!: string;
}

export const VisionDiffKind = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  UNCHANGED: 'UNCHANGED',
} as const satisfies {
  [K in DiffKind]: K;
};

let registered = false;

/** Declares the vision vocabularies as GraphQL enums (once per process). */
export function registerVisionEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(VisionDiffKind, {
    name: 'VisionDiffKind',
    description:
      'Whether a block is only in the current text (ADDED), only in the version (REMOVED), or in both.',
  });
}

@ObjectType({
  description: 'One paragraph-like block of a comparison between a version and the current text.',
})
export class VisionDiffBlock {
  @Field(() => VisionDiffKind)
  kind!: DiffKind;

  @Field()
  text!: string;
}

@ObjectType()
export class VisionVersionConnection extends ConnectionType(VisionVersion, 'VisionVersion') {}
