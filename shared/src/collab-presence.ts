import { writeVarUint } from './varuint.js';

/** y-websocket's message types for presence (its `messageAwareness` and `messageQueryAwareness`). */
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;

/** What `answerQueriesWithOwnPresence` uses of y-websocket's `WebsocketProvider`. */
export interface PresenceAnsweringProvider {
  awareness: {
    clientID: number;
    meta: Map<number, { clock: number }>;
    getLocalState(): unknown;
  };
  ws: { send(data: Uint8Array): void } | null;
  wsconnected: boolean;
  messageHandlers: Array<((...args: never[]) => void) | undefined>;
}

/**
 * Makes `provider` answer the server's presence query with its own state only. A stock provider
 * answers with every state it knows, so on a document open in N places each round of queries sends
 * the server N² states (500 people: about 50 KB from each of them every 1.5 s), nearly all of which
 * the server already holds; each client's own state is all the server needs, since every client
 * answers for itself.
 */
export function answerQueriesWithOwnPresence(provider: PresenceAnsweringProvider): void {
  // Sends the answer itself and writes nothing to y-websocket's encoder, which then sends nothing.
  provider.messageHandlers[MESSAGE_QUERY_AWARENESS] = () => {
    if (provider.wsconnected && provider.ws) provider.ws.send(ownPresenceMessage(provider.awareness));
  };
}

/**
 * An awareness message with one entry, the local client's, as y-protocols' `encodeAwarenessUpdate`
 * writes it: count, client id, clock (lib0 varuints), then the state's JSON (varuint length, UTF-8).
 */
function ownPresenceMessage(awareness: PresenceAnsweringProvider['awareness']): Uint8Array {
  const { clientID } = awareness;
  const clock = awareness.meta.get(clientID)?.clock ?? 0;
  const state = utf8(JSON.stringify(awareness.getLocalState() ?? null));
  const update: number[] = [1];
  writeVarUint(update, clientID);
  writeVarUint(update, clock);
  writeVarUint(update, state.length);
  const message: number[] = [MESSAGE_AWARENESS];
  writeVarUint(message, update.length + state.length);
  const bytes = new Uint8Array(message.length + update.length + state.length);
  bytes.set(message);
  bytes.set(update, message.length);
  bytes.set(state, message.length + update.length);
  return bytes;
}

// Without TextEncoder: `shared` builds for both sides with no DOM or Node types.
function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
  }
  return Uint8Array.from(bytes);
}
