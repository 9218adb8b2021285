/** Caret colours; each carries white label text at 4.5:1 or more. */
const PALETTE = ['#b42318', '#175cd3', '#067647', '#6941c6', '#c11574', '#b54708', '#0e7090', '#3e4784'];

/** The same colour for the same user on every screen (a hash of the user id picks it). */
export function userColor(userId: string): string {
  let hash = 2166136261;
  for (let i = 0; i < userId.length; i++) hash = Math.imul(hash ^ userId.charCodeAt(i), 16777619);
  return PALETTE[(hash >>> 0) % PALETTE.length]!;
}
