import { ErrorCode } from '@partnerhub/shared';
import { Field, ObjectType } from 'type-graphql';

/** An expected failure a person can fix, tied to the input field it concerns. */
@ObjectType({ description: 'A problem with the input that the user can fix.' })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field, e.g. ["input", "name"]; null when it concerns the whole input.',
  })
  field!: string[] | null;

  @Field()
  message!: string;

  @Field(() => String, { description: 'One of the documented error codes (INVALID, TAKEN, STALE, ...).' })
  code!: string;
}

export function userError(
  field: string | null,
  message: string,
  code: ErrorCode = ErrorCode.INVALID,
): UserError {
  return { field: field ? ['input', ...field.split('.')] : null, message, code };
}

export const STALE_MESSAGE =
  'Someone else saved a newer version of this since you opened it. Reload to see their changes, then try again.';

/** The answer to a write made on an outdated copy: the version the caller passed is no longer current. */
export function staleErrors(field: string | null = 'version'): UserError[] {
  return [userError(field, STALE_MESSAGE, ErrorCode.STALE)];
}
