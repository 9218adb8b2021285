import { type ApiTokenScope, ErrorCode } from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { idOfType } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { recordAudit } from '../audit/index.js';
import { ApiToken } from './api-token.entity.js';
import { type OrganizationRef, auditScope, authorizeTokens, organizationOf } from '../organizations/index.js';
import { newSecret } from './secrets.js';

const MAX_EXPIRY_DAYS = 3650;

/** Creates a token for the organization; the secret is returned once and only its hash is kept. */
export async function createApiToken({
  ctx,
  org,
  name: rawName,
  scope,
  expiresInDays,
}: {
  ctx: Context;
  org: OrganizationRef;
  name: string;
  scope: ApiTokenScope;
  expiresInDays?: number | null;
}) {
  const check = new InputChecks();
  const name = check.text('name', rawName, { max: 200, required: true });
  if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_EXPIRY_DAYS))
    check.fail('expiresInDays', `Choose between 1 and ${MAX_EXPIRY_DAYS} days, or none for no expiry.`);
  if (!check.ok) return { apiToken: null, secret: null, userErrors: check.errors };
  const { secret, hash } = newSecret('pht');
  const apiToken = await ctx.em.transactional(async (em) => {
    const token = em.create(ApiToken, {
      name: name!,
      secretHash: hash,
      prefix: secret.slice(0, 12),
      scope,
      district: org.district,
      partner: org.partner,
      createdBy: ctx.viewer.userId,
      expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
    });
    await em.flush();
    recordAudit(em, ctx, {
      action: 'apiToken.create',
      target: { type: 'ApiToken', id: token.id },
      ...auditScope(org),
      changes: { name: { from: null, to: name }, scope: { from: null, to: scope } },
    });
    return token;
  });
  return { apiToken, secret, userErrors: [] };
}

/** The token an id names, after checking the viewer manages its organization's tokens. */
export async function loadManagedToken(ctx: Context, globalId: string) {
  const id = idOfType(globalId, 'ApiToken');
  const token = id ? await ctx.em.findOne(ApiToken, id, { populate: ['district', 'partner'] }) : null;
  if (!token)
    throw new PublicError(ErrorCode.NOT_FOUND, `No API token has the id "${globalId}".`, {
      argument: 'input.id',
    });
  const org = organizationOf(token);
  await authorizeTokens(ctx, org);
  return { token, org };
}

/**
 * Revokes a token at once; revoking twice is harmless. Connections the token opened are closed
 * before this resolves.
 */
export async function revokeApiToken(ctx: Context, token: ApiToken, org: OrganizationRef) {
  if (!token.revokedAt) {
    token.revokedAt = new Date();
    recordAudit(ctx.em, ctx, {
      action: 'apiToken.revoke',
      target: { type: 'ApiToken', id: token.id },
      ...auditScope(org),
      changes: { revokedAt: { from: null, to: token.revokedAt.toISOString() } },
    });
    await ctx.em.flush();
    await ctx.app.revocations.publish({ kind: 'token', tokenId: token.id });
  }
  return { apiToken: token, userErrors: [] };
}
