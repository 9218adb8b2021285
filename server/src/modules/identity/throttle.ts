import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface ThrottleLimits {
  /** Failed sign-ins allowed per account within the window. */
  perAccount: number;
  /** Failed sign-ins allowed per client IP within the window (generous: schools share one address). */
  perIp: number;
  windowSeconds: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = { perAccount: 10, perIp: 100, windowSeconds: 15 * 60 };

/** An attempt that may go ahead: report its outcome so its reserved points are kept or returned. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
}

/**
 * Counts sign-in attempts per account and per IP. Each attempt reserves a point on both before any
 * password hashing, so concurrent guesses cannot slip past the limit; a success gives them back.
 */
export class SignInThrottle {
  private readonly byAccount: RateLimiterMemory;
  private readonly byIp: RateLimiterMemory;

  constructor(readonly limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS) {
    const common = { duration: limits.windowSeconds, blockDuration: limits.windowSeconds };
    this.byAccount = new RateLimiterMemory({ ...common, points: limits.perAccount, keyPrefix: 'acct' });
    this.byIp = new RateLimiterMemory({ ...common, points: limits.perIp, keyPrefix: 'ip' });
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
