import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { ErrorCode } from '@partnerhub/shared';
import type { Context } from './context.js';
import { PublicError } from './errors.js';
import { fromGlobalId } from './global-id.js';

/**
 * The entity a global id in the input names.
 * @throws PublicError NOT_FOUND when the id is malformed, of another type, or names nothing.
 */
export async function loadNode<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  globalId: string,
  { argument = 'id', populate = [] as string[] } = {},
): Promise<T> {
  const parsed = fromGlobalId(globalId);
  const found =
    parsed && parsed.type === entity.name
      ? await ctx.em.findOne(entity, { id: parsed.id } as FilterQuery<T>, { populate: populate as never })
      : null;
  if (!found)
    throw new PublicError(ErrorCode.NOT_FOUND, `No ${entity.name} has the id "${globalId}".`, { argument });
  return found;
}
