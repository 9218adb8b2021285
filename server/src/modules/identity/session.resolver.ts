import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { District, PartnerOrganization, StateAgency } from '../organizations/index.js';
import { authenticateSession } from './authenticate.js';
import { sessionCookie } from './cookies.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { DemoAccountType, ViewerType } from './identity.types.js';
import { RequestPasswordResetInput, ResetPasswordInput, SignInInput } from './identity.inputs.js';
import {
  RequestPasswordResetPayload,
  ResetPasswordPayload,
  SignInPayload,
  SignOutPayload,
} from './identity.payloads.js';
import { requestPasswordReset, resetPassword } from './password-reset.service.js';
import { endAllSessions, endSession, signIn } from './session.service.js';
import { userView, viewerView } from './viewer-view.js';

function setSession(ctx: Context, secret: string | null): void {
  ctx.setCookies.push(
    sessionCookie(secret, { secure: ctx.app.secureCookies, maxAgeSeconds: ctx.app.sessionTtlDays * 86_400 }),
  );
}

/** Sets the cookie of a new session and makes the rest of this request see its viewer. */
export async function adoptSession(ctx: Context, secret: string): Promise<void> {
  setSession(ctx, secret);
  const auth = await authenticateSession(ctx.em, secret, ctx.app.sessionTtlDays);
  if (auth.ok) ctx.viewer = auth.viewer;
}

@Resolver()
export class SessionResolver {
  @Query(() => ViewerType, { description: 'Who is asking, with their organizations and roles.' })
  viewer(@Ctx() ctx: Context): Promise<ViewerType> {
    return viewerView(ctx.em, ctx.viewer);
  }

  @Query(() => [DemoAccountType], { description: 'Demo accounts; empty unless this is a demo installation.' })
  async demoAccounts(@Ctx() ctx: Context): Promise<DemoAccountType[]> {
    if (!ctx.app.demo) return [];
    const accounts = [];
    for (const a of DEMO_ACCOUNTS) {
      const org = a.district
        ? await ctx.em.findOne(District, { slug: a.district })
        : a.partner
          ? await ctx.em.findOne(PartnerOrganization, { slug: a.partner })
          : await ctx.em.findOne(StateAgency, { state: a.stateAgency! });
      if (org)
        accounts.push({
          email: a.email,
          password: a.password,
          name: a.name,
          role: a.role,
          organizationName: org.name,
        });
    }
    return accounts;
  }

  @Mutation(() => SignInPayload, {
    description: 'Signs in with e-mail and password; sets the session cookie.',
  })
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    const result = await signIn({
      em: ctx.em,
      app: ctx.app,
      email: input.email,
      password: input.password,
      client: ctx,
    });
    if ('errors' in result)
      return { viewer: null, retryAfterSeconds: result.retryAfterSeconds, userErrors: result.errors };
    await adoptSession(ctx, result.secret);
    return { viewer: await userView(ctx.em, result.user.id), retryAfterSeconds: null, userErrors: [] };
  }

  @Mutation(() => SignOutPayload, { description: 'Ends this session and clears the cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    if (ctx.viewer.sessionId) await endSession(ctx.em, ctx.viewer.sessionId, ctx.app.revocations);
    setSession(ctx, null);
    return { endedSessions: ctx.viewer.sessionId ? 1 : 0, userErrors: [] };
  }

  @Mutation(() => SignOutPayload, {
    description: 'Ends every session of the signed-in person, on every device.',
  })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<SignOutPayload> {
    const ended =
      ctx.viewer.kind === 'user' && ctx.viewer.userId
        ? await endAllSessions(ctx.em, ctx.viewer.userId, ctx.app.revocations)
        : 0;
    setSession(ctx, null);
    return { endedSessions: ended, userErrors: [] };
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description: 'E-mails a password reset link if the address has an account.',
  })
  async requestPasswordReset(@Arg('input') input: RequestPasswordResetInput, @Ctx() ctx: Context) {
    await requestPasswordReset(ctx, input.email);
    return { userErrors: [] };
  }

  @Mutation(() => ResetPasswordPayload, {
    description: 'Sets a new password from an e-mailed link and signs in.',
  })
  async resetPassword(
    @Arg('input') input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<ResetPasswordPayload> {
    const result = await resetPassword(ctx, input.token, input.password);
    if (!result.userId) return { viewer: null, userErrors: result.errors };
    await adoptSession(ctx, result.sessionSecret);
    return { viewer: await userView(ctx.em, result.userId), userErrors: [] };
  }
}
