import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  Admission,
  type AdmissionRefusal,
  type AdmissionSlot,
  MemoryConnectionCounter,
} from './admission.js';
import { UserConnectionLimiter } from './limits.js';

// Drops expired leases from both sets, then adds the connection to both, or to neither and says
// which cap refused (-1: per IP, -2: per document). Redis's clock, so instances' clocks do not matter.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[4])
for i = 1, 2 do redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now) end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then return -2 end
for i = 1, 2 do
  redis.call('ZADD', KEYS[i], now + lease, ARGV[1])
  redis.call('PEXPIRE', KEYS[i], lease * 2)
end
return 1
`;

// The same for one set: the connections of one person (ARGV[2]: the cap).
const ADMIT_ONE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
redis.call('PEXPIRE', KEYS[1], lease * 2)
return 1
`;

// Extends the lease of every connection still open: KEYS[i] holds ARGV[i + 1].
const REFRESH = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[1])
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], now + lease, ARGV[i + 1])
  redis.call('PEXPIRE', KEYS[i], lease * 2)
end
return #KEYS
`;

// Leases refreshed per script call, so one call stays short however many connections are open.
const REFRESH_BATCH = 500;

export interface SharedAdmissionProps {
  redis: Redis;
  /** Starts every key (REDIS_PREFIX). */
  prefix: string;
  maxPerIp: number;
  maxPerDocument: number;
  maxPerUser: number;
  /**
   * How long a connection counts without its instance refreshing it (15 s by default); the
   * instance refreshes every third of it, so only a crashed instance's connections run out.
   */
  leaseMs?: number;
  /** Told when Redis failed and the caps count in this process. */
  onFallback: (err: unknown) => void;
}

type AdmitResult = AdmissionSlot | { refused: AdmissionRefusal };

/**
 * The caps per client IP, per document and per person, counted in Redis for every instance: a
 * sorted set per IP, per document and per user whose members are `<instance>:<connection>`, scored
 * by when their lease ends. While Redis fails, this process counts on its own (as with one instance).
 */
export class SharedAdmission {
  private readonly instance = randomUUID();
  private readonly leaseMs: number;
  private readonly held = new Map<string, string[]>();
  private readonly fallback: Admission;
  private readonly fallbackUsers: UserConnectionLimiter;
  private readonly timer: NodeJS.Timeout;
  private lastFallbackNotice = 0;
  private next = 0;

  constructor(private readonly props: SharedAdmissionProps) {
    this.leaseMs = props.leaseMs ?? 15_000;
    this.fallback = new Admission(
      new MemoryConnectionCounter(props.maxPerIp),
      new MemoryConnectionCounter(props.maxPerDocument),
    );
    this.fallbackUsers = new UserConnectionLimiter(props.maxPerUser);
    this.timer = setInterval(() => void this.refresh(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.timer.unref();
  }

  /** Takes a place for `ip` and for `docName` on every instance's count, or neither. */
  async admit(ip: string, docName: string): Promise<AdmitResult> {
    const { redis, prefix, maxPerIp, maxPerDocument } = this.props;
    const member = `${this.instance}:${++this.next}`;
    const keys: [string, string] = [`${prefix}collab:ip:${ip}`, `${prefix}collab:doc:${docName}`];
    let answer: number;
    try {
      answer = Number(await redis.eval(ADMIT, 2, ...keys, member, maxPerIp, maxPerDocument, this.leaseMs));
    } catch (err) {
      this.notice(err);
      return this.fallback.admit(ip, docName);
    }
    if (answer === -1) return { refused: 'connections-per-ip' };
    if (answer === -2) return { refused: 'connections-per-document' };
    return this.hold(member, keys);
  }

  /** Takes a place among `userId`'s connections on every instance; null when they are at the cap. */
  async admitUser(userId: number): Promise<AdmissionSlot | null> {
    const { redis, prefix, maxPerUser } = this.props;
    const member = `${this.instance}:${++this.next}`;
    const key = `${prefix}collab:user:${userId}`;
    let answer: number;
    try {
      answer = Number(await redis.eval(ADMIT_ONE, 1, key, member, maxPerUser, this.leaseMs));
    } catch (err) {
      this.notice(err);
      if (!this.fallbackUsers.tryAdd(userId)) return null;
      return { release: () => this.fallbackUsers.remove(userId) };
    }
    return answer === 1 ? this.hold(member, [key]) : null;
  }

  private hold(member: string, keys: string[]): AdmissionSlot {
    const { redis } = this.props;
    this.held.set(member, keys);
    return {
      release: () => {
        if (!this.held.delete(member)) return;
        // A removal that fails runs out with its lease.
        void Promise.all(keys.map((key) => redis.zrem(key, member))).catch(() => {});
      },
    };
  }

  /** Stops refreshing and gives back every place this instance holds. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    const held = [...this.held];
    this.held.clear();
    if (!held.length) return;
    const pipeline = this.props.redis.pipeline();
    for (const [member, keys] of held) for (const key of keys) pipeline.zrem(key, member);
    await pipeline.exec().catch(() => {});
  }

  private async refresh(): Promise<void> {
    const pairs: [key: string, member: string][] = [];
    for (const [member, keys] of this.held) for (const key of keys) pairs.push([key, member]);
    try {
      for (let start = 0; start < pairs.length; start += REFRESH_BATCH) {
        const batch = pairs.slice(start, start + REFRESH_BATCH);
        await this.props.redis.eval(
          REFRESH,
          batch.length,
          ...batch.map(([key]) => key),
          this.leaseMs,
          ...batch.map(([, member]) => member),
        );
      }
    } catch (err) {
      this.notice(err);
    }
  }

  private notice(err: unknown): void {
    // Once a minute at most: an outage would otherwise log every connection.
    if (Date.now() - this.lastFallbackNotice < 60_000) return;
    this.lastFallbackNotice = Date.now();
    this.props.onFallback(err);
  }
}
