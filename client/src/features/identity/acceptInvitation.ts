import { request } from '@/app/graphql/client';
import { AcceptInvitationDocument, type AcceptInvitationMutation } from '@/app/graphql/generated/graphql';
import { workspacePath } from '@/app/session';

export type AcceptInvitationPayload = AcceptInvitationMutation['acceptInvitation'];

/** Accepts an invitation, as the signed-in person or by creating an account with a name and password. */
export async function acceptInvitation(input: {
  token: string;
  name?: string;
  password?: string;
}): Promise<AcceptInvitationPayload> {
  return (await request(AcceptInvitationDocument, { input })).acceptInvitation;
}

/** The workspace of the organization a new membership belongs to. */
export function membershipHome(membership: AcceptInvitationPayload['membership']): string {
  if (membership?.district) return workspacePath({ kind: 'district', slug: membership.district.slug });
  if (membership?.partner) return workspacePath({ kind: 'partner', slug: membership.partner.slug });
  return '/workspace';
}
