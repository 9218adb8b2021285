/** Encodes a type name and a database id into an opaque, URL-safe global id. */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id; returns null for anything that is not one of ours. */
export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  if (globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const id = Number(decoded.slice(colon + 1));
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return { type: decoded.slice(0, colon), id };
}

/** The database id behind a global id of the given type, or null. */
export function idOfType(globalId: string, type: string): number | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}
