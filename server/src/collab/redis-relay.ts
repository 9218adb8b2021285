import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { DocumentRelay, RelayListener, RelayedUpdates } from './relay.js';
import { type RelayMessage, decodeRelayMessage, encodeRelayMessage } from './relay-messages.js';

export interface RedisRelayProps {
  url: string;
  /** Starts every channel (REDIS_PREFIX); a document's channel is `<prefix>collab:relay:<docName>`. */
  prefix: string;
  listener: RelayListener;
  /** Told of connection failures (at most every 30 s) and of messages that could not be read. */
  onError: (err: unknown) => void;
  /** Told when the subscriptions are back after a disconnection. */
  onResubscribed?: (documents: number) => void;
}

const JOIN_WAIT_MS = 2_000;
const ERROR_REPORT_INTERVAL_MS = 30_000;

/**
 * A `DocumentRelay` over Redis pub/sub, one channel per document, subscribed only while this
 * instance holds the document (so an instance receives nothing of documents it does not hold).
 *
 * Updates are published through a client with an offline queue and no retry limit: while Redis is
 * away a publish waits rather than fails, and the caller acknowledges nothing until it went out.
 * The subscriber subscribes again by itself after each reconnection, then reports every document
 * it holds as `resubscribed`, because pub/sub does not keep what was published meanwhile.
 * Presence changes are only published while connected (clients send theirs again every 15 s); a
 * presence query and a compaction notice wait for the connection like updates.
 */
export class RedisDocumentRelay implements DocumentRelay {
  private readonly instance = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly joined = new Set<string>();
  private lastErrorReport = 0;
  private everReady = false;

  constructor(private readonly props: RedisRelayProps) {
    this.publisher = new Redis(props.url, { maxRetriesPerRequest: null, lazyConnect: false });
    this.subscriber = new Redis(props.url, { maxRetriesPerRequest: null, autoResubscribe: false });
    for (const client of [this.publisher, this.subscriber]) client.on('error', (err) => this.report(err));
    this.subscriber.on('ready', () => void this.resubscribe());
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel, message));
  }

  async join(docName: string): Promise<void> {
    this.joined.add(docName);
    if (this.subscriber.status !== 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    let late = false;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, JOIN_WAIT_MS)));
    const subscribed = this.subscriber.subscribe(this.channel(docName)).then(
      () => {
        // The load went ahead without it: what was published meanwhile is read from the store.
        if (late && this.joined.has(docName)) this.props.listener.resubscribed([docName]);
      },
      (err: unknown) => this.report(err),
    );
    await Promise.race([subscribed, waited]).finally(() => clearTimeout(timer));
    late = true;
  }

  leave(docName: string): void {
    if (!this.joined.delete(docName) || this.subscriber.status !== 'ready') return;
    this.subscriber.unsubscribe(this.channel(docName)).catch(() => {});
  }

  async publishUpdates(docName: string, batch: RelayedUpdates): Promise<void> {
    await this.publisher.publish(this.channel(docName), this.encode({ kind: 'updates', batch }));
  }

  publishCompacted(docName: string, replaced: string[], snapshotId: string): void {
    this.publishQueued(docName, { kind: 'compacted', replaced, snapshotId });
  }

  publishAwareness(docName: string, update: Uint8Array): void {
    this.publishIfConnected(docName, { kind: 'awareness', update });
  }

  queryAwareness(docName: string): void {
    // Queued while connecting: an instance loads its first documents while its clients connect.
    this.publishQueued(docName, { kind: 'awareness-query' });
  }

  async close(): Promise<void> {
    // QUIT waits for a connection that may never come: only a connected client quits politely.
    const end = (client: Redis) => (client.status === 'ready' ? client.quit() : client.disconnect());
    await Promise.allSettled([end(this.subscriber), end(this.publisher)]);
  }

  private publishQueued(docName: string, message: RelayMessage): void {
    this.publisher
      .publish(this.channel(docName), this.encode(message))
      .catch((err: unknown) => this.report(err));
  }

  private publishIfConnected(docName: string, message: RelayMessage): void {
    if (this.publisher.status !== 'ready') return;
    this.publisher
      .publish(this.channel(docName), this.encode(message))
      .catch((err: unknown) => this.report(err));
  }

  private async resubscribe(): Promise<void> {
    const documents = [...this.joined];
    if (documents.length > 0) {
      try {
        await this.subscriber.subscribe(...documents.map((name) => this.channel(name)));
      } catch (err) {
        // The next reconnection tries again.
        this.report(err);
        return;
      }
    }
    // The first connection follows the joins made while connecting, which found no subscription.
    if (this.everReady || documents.length > 0) this.props.onResubscribed?.(documents.length);
    this.everReady = true;
    this.props.listener.resubscribed(documents);
  }

  private receive(channel: Buffer, data: Buffer): void {
    const docName = channel.toString('utf8').slice(this.channelPrefix.length);
    if (!this.joined.has(docName)) return;
    let decoded: ReturnType<typeof decodeRelayMessage>;
    try {
      decoded = decodeRelayMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (err) {
      this.props.onError(err);
      return;
    }
    const { instance, message } = decoded;
    if (instance === this.instance) return;
    const { listener } = this.props;
    switch (message.kind) {
      case 'updates':
        return listener.updates(docName, message.batch);
      case 'compacted':
        return listener.compacted(docName, message.replaced, message.snapshotId);
      case 'awareness':
        return listener.awareness(docName, message.update);
      case 'awareness-query':
        return listener.awarenessQuery(docName);
    }
  }

  private get channelPrefix(): string {
    return `${this.props.prefix}collab:relay:`;
  }

  private channel(docName: string): string {
    return this.channelPrefix + docName;
  }

  private encode(message: RelayMessage): Buffer {
    const bytes = encodeRelayMessage(this.instance, message);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private report(err: unknown): void {
    // Reconnection attempts fail every few seconds while Redis is away; one report in 30 s is enough.
    if (Date.now() - this.lastErrorReport < ERROR_REPORT_INTERVAL_MS) return;
    this.lastErrorReport = Date.now();
    this.props.onError(err);
  }
}
