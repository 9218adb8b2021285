import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { ErrorCode } from '@partnerhub/shared';
import type { Context } from './context.js';
import { PublicError } from './errors.js';
import { fromGlobalId } from './global-id.js';

/**
 * The entity a global id in the input names.
 * @throws PublicError BAD_USER_INPUT when the id is malformed or of another type, NOT_FOUND when it
 * names nothing.
 */
export async function loadNode<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  globalId: string,
  { argument = 'id', populate = [] as string[] } = {},
): Promise<T> {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== entity.name)
    throw new PublicError(ErrorCode.BAD_USER_INPUT, `"${globalId}" is not the id of a ${entity.name}.`, {
      argument,
    });
  const found = await ctx.em.findOne(entity, { id: parsed.id } as FilterQuery<T>, {
    populate: populate as never,
  });
  if (!found)
    throw new PublicError(ErrorCode.NOT_FOUND, `No ${entity.name} has the id "${globalId}".`, { argument });
  return found;
}
