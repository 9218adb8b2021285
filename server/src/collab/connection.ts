import { CollabCloseCode } from '@partnerhub/shared';
import { type RawData, WebSocket } from 'ws';
import type * as Y from 'yjs';
import type { CollabLog } from './log.js';

/** Who a connection or a server edit acts for. */
export interface CollabActor {
  userId: number | null;
  label: string;
}

export type CollabAccess = 'edit' | 'view';

/**
 * Asked before an editor's update is applied, with the document as it is: null lets the update
 * through, a reason refuses it (the update is dropped and the connection closed with UPDATE_REFUSED).
 * It must not change `doc`.
 */
export type CollabUpdateGuard = (doc: Y.Doc, update: Uint8Array) => string | null;

/** The origin of a Yjs transaction whose update is stored: a connection or a server edit. */
export interface WriteOrigin {
  readonly actor: CollabActor;
  /** Write-queue sequence number of the newest update it contributed (0: none yet). */
  lastWriteSeq: number;
}

type MessageHandler = (connection: Connection, data: Uint8Array) => void;
/** Answers a message before the document is loaded: true if it did, false to leave it for later. */
type EarlyAnswer = (connection: Connection, data: Uint8Array) => boolean;

const TERMINATE_AFTER_CLOSE_MS = 1_000;
// Unsent data below this never counts as stalled: a reading client's socket often holds some.
const STALL_MIN_BYTES = 64 * 1024;

/** How much a connection may leave unsent: a hard bound, and how long it may sit unread. */
export interface SendBounds {
  /** Unsent bytes past which the client is dropped at once (beyond a bulk reply in flight). */
  maxBufferedBytes: number;
  /** A client holding more than 64 KiB unsent that read nothing for this long is dropped. */
  slowConsumerMs: number;
}

/**
 * One client socket on one document: holds messages back until the document is loaded, sends with a
 * bound on unsent data, and reports its end once.
 */
export class Connection implements WriteOrigin {
  lastWriteSeq = 0;
  /** Awareness client ids this connection introduced; removed when it closes. */
  readonly awarenessIds = new Set<number>();
  /** Answered the last ping. */
  alive = true;
  droppedWrites = 0;
  closed = false;
  readonly access: CollabAccess;
  readonly actor: CollabActor;
  /**
   * Decides each update before it is applied; null: every update is applied as it comes. Replaced
   * when the connection's access is decided again.
   */
  guard: CollabUpdateGuard | null;
  /** Was sent the stored state before the document was loaded (`answerEarly`). */
  sentStoredState = false;
  private handler: MessageHandler | null = null;
  private early: EarlyAnswer | null = null;
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private sendLimit: number;
  private readonly maxBufferedBytes: number;
  private readonly slowConsumerMs: number;
  /** Unsent bytes right after the last send; less at the next one means the client read some. */
  private bufferedAfterSend = 0;
  private lastProgress = performance.now();
  private synced!: () => void;
  /** Settles once the first sync reply (a bulk send) went out, or the connection ended. */
  readonly firstSync = new Promise<void>((resolve) => (this.synced = resolve));

  constructor(
    readonly ws: WebSocket,
    readonly docName: string,
    { access, actor, guard }: { access: CollabAccess; actor: CollabActor; guard?: CollabUpdateGuard },
    { maxBufferedBytes, slowConsumerMs }: SendBounds,
    private readonly log: CollabLog,
    private readonly onEnd: (connection: Connection) => void,
  ) {
    this.access = access;
    this.actor = actor;
    this.guard = guard ?? null;
    this.maxBufferedBytes = maxBufferedBytes;
    this.slowConsumerMs = slowConsumerMs;
    this.sendLimit = maxBufferedBytes;
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    ws.on('pong', () => {
      this.alive = true;
    });
    ws.on('close', () => this.end());
    // ws closes the socket itself after an error (1009 for an oversize frame); 'close' follows.
    ws.on('error', () => {});
  }

  /**
   * While the document loads, hands messages in order to `answer` until it leaves one unanswered:
   * that one and every later one wait for `attach`, so the client's messages keep their order.
   */
  answerEarly(answer: EarlyAnswer): void {
    if (this.handler || this.closed) return;
    this.early = answer;
    this.answerHeld();
  }

  private answerHeld(): void {
    while (this.early && this.held.length > 0 && !this.closed) {
      const data = this.held[0]!;
      if (!this.early(this, data)) this.early = null;
      else {
        this.held.shift();
        this.heldBytes -= data.byteLength;
      }
    }
  }

  /** Starts handing messages to `handler`, first those that arrived while the document loaded. */
  attach(handler: MessageHandler): void {
    this.handler = handler;
    this.early = null;
    const held = this.held;
    this.held = [];
    for (const data of held) {
      if (this.closed) return;
      handler(this, data);
    }
  }

  /**
   * Sends unless the client stopped reading: past the bound on unsent data, or holding data it has
   * not read from for `slowConsumerMs`, it is dropped with SLOW_CONSUMER.
   */
  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    const buffered = this.ws.bufferedAmount;
    if (buffered > this.sendLimit || this.stalled(buffered)) return this.dropSlow(buffered);
    if (buffered <= this.maxBufferedBytes) this.sendLimit = this.maxBufferedBytes;
    this.ws.send(message);
    this.bufferedAfterSend = this.ws.bufferedAmount;
  }

  /**
   * Sends a reply that may be large by itself (a sync step 2, and what goes with it) without counting
   * it against the bound, unless the client is already past the bound: repeated requests cannot
   * stack up unread replies.
   */
  sendBulk(...messages: Uint8Array[]): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    const buffered = this.ws.bufferedAmount;
    if (buffered > this.maxBufferedBytes || this.stalled(buffered)) return this.dropSlow(buffered);
    let bytes = 0;
    for (const message of messages) {
      bytes += message.byteLength;
      this.ws.send(message);
    }
    this.sendLimit = buffered + bytes + this.maxBufferedBytes;
    this.bufferedAfterSend = this.ws.bufferedAmount;
    this.synced();
  }

  private stalled(buffered: number): boolean {
    const now = performance.now();
    if (buffered < this.bufferedAfterSend || buffered < STALL_MIN_BYTES) this.lastProgress = now;
    return now - this.lastProgress > this.slowConsumerMs;
  }

  private dropSlow(buffered: number): void {
    this.log.slowConsumer(this, buffered);
    this.close(CollabCloseCode.SLOW_CONSUMER, 'Client is not reading.');
  }

  ping(): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.ping();
  }

  /** Closes with `code`; the socket is destroyed if the client does not complete the close quickly. */
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.ws.close(code, reason);
    setTimeout(() => this.ws.terminate(), TERMINATE_AFTER_CLOSE_MS).unref();
    this.end();
  }

  terminate(): void {
    this.ws.terminate();
    this.end();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.log.malformed(this, new Error('text frame'));
      this.close(CollabCloseCode.MALFORMED, 'Binary frames only.');
      return;
    }
    const bytes = toBytes(data);
    if (this.handler) {
      this.handler(this, bytes);
      return;
    }
    this.held.push(bytes);
    this.heldBytes += bytes.byteLength;
    if (this.heldBytes > this.maxBufferedBytes)
      this.close(CollabCloseCode.MESSAGE_TOO_BIG, 'Too much sent before the document was loaded.');
    else this.answerHeld();
  }

  private end(): void {
    if (this.closed) return;
    this.closed = true;
    this.synced();
    this.held = [];
    this.onEnd(this);
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
