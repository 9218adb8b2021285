import type { Redis } from 'ioredis';
import {
  type IRateLimiterOptions,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

export interface ThrottleLimits {
  /** Failed sign-ins allowed per account within the window. */
  perAccount: number;
  /** Failed sign-ins allowed per client IP within the window (generous: schools share one address). */
  perIp: number;
  windowSeconds: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = { perAccount: 10, perIp: 100, windowSeconds: 15 * 60 };

/** Where several instances keep their counts: one Redis, under a key prefix of the installation. */
export interface SharedThrottleStore {
  redis: Redis;
  /** Starts every key (REDIS_PREFIX). */
  prefix: string;
  /** Told when Redis failed and this process counts on its own for a while. */
  onFallback: (err: unknown) => void;
}

/** An attempt that may go ahead: report its outcome so its reserved points are kept or returned. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
}

type Limiter = RateLimiterMemory | RateLimiterRedis;

/** The per-process limiter Redis falls back to; tells `onUse` each time it steps in. */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    opts: IRateLimiterOptions,
    private readonly onUse: () => void,
  ) {
    super(opts);
  }

  override consume(...args: Parameters<RateLimiterMemory['consume']>) {
    this.onUse();
    return super.consume(...args);
  }
}

/**
 * Counts sign-in attempts per account and per IP. Each attempt reserves a point on both before any
 * password hashing, so concurrent guesses cannot slip past the limit; a success gives them back.
 * With a shared store every instance counts in the same Redis keys; while Redis fails, each process
 * counts on its own (never letting everyone or no one in).
 */
export class SignInThrottle {
  private readonly byAccount: Limiter;
  private readonly byIp: Limiter;

  constructor(
    readonly limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS,
    shared?: SharedThrottleStore,
  ) {
    const common = { duration: limits.windowSeconds, blockDuration: limits.windowSeconds };
    const limiter = (points: number, keyPrefix: string): Limiter => {
      const opts = { ...common, points, keyPrefix };
      if (!shared) return new RateLimiterMemory(opts);
      let lastNotice = 0;
      const insuranceLimiter = new InsuranceLimiter(opts, () => {
        // Once a minute at most: an outage would otherwise log every sign-in.
        if (Date.now() - lastNotice < 60_000) return;
        lastNotice = Date.now();
        shared.onFallback(new Error(`Redis unavailable; sign-in throttle "${keyPrefix}" counts per process`));
      });
      return new RateLimiterRedis({
        ...opts,
        keyPrefix: `${shared.prefix}signin:${keyPrefix}`,
        storeClient: shared.redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter,
      });
    };
    this.byAccount = limiter(limits.perAccount, 'acct');
    this.byIp = limiter(limits.perIp, 'ip');
  }

  /** Reserves the attempt, or returns the seconds to wait when the account or the IP is blocked. */
  async attempt(email: string, ip: string): Promise<SignInAttempt | { retryAfterSeconds: number }> {
    const [account, address] = await Promise.allSettled([
      this.byAccount.consume(email),
      this.byIp.consume(ip),
    ]);
    const blocked = [account, address].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (blocked.length) {
      for (const r of blocked) if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
      const wait = Math.max(...blocked.map((r) => (r.reason as RateLimiterRes).msBeforeNext));
      return { retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    }
    return {
      succeeded: async () => {
        await Promise.all([this.byAccount.delete(email), this.byIp.reward(ip, 1)]);
      },
    };
  }
}
