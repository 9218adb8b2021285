import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { createApiToken, loadManagedToken, revokeApiToken } from './api-token.service.js';
import { CreateApiTokenInput, IdInput } from './identity.inputs.js';
import { CreateApiTokenPayload, RevokeApiTokenPayload } from './identity.payloads.js';
import { authorizeTokens, loadOrganization } from '../organizations/index.js';

@Resolver()
export class ApiTokenMutations {
  @Mutation(() => CreateApiTokenPayload, {
    description: 'Creates an API token; the secret is in the payload, once.',
  })
  async createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context) {
    const org = await loadOrganization(ctx, input.organizationId);
    await authorizeTokens(ctx, org);
    return createApiToken({
      ctx,
      org,
      name: input.name,
      scope: input.scope,
      expiresInDays: input.expiresInDays,
    });
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes an API token at once.' })
  async revokeApiToken(@Arg('input') input: IdInput, @Ctx() ctx: Context) {
    const { token, org } = await loadManagedToken(ctx, input.id);
    return revokeApiToken(ctx, token, org);
  }
}
