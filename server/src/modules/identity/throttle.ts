import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface ThrottleLimits {
  /** Failed sign-ins allowed per account within the window. */
  perAccount: number;
  /** Failed sign-ins allowed per client IP within the window (generous: schools share one address). */
  perIp: number;
  windowSeconds: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = { perAccount: 10, perIp: 100, windowSeconds: 15 * 60 };

/** Counts failed sign-ins per account and per IP, and tells how long a blocked caller must wait. */
export class SignInThrottle {
  private readonly byAccount: RateLimiterMemory;
  private readonly byIp: RateLimiterMemory;

  constructor(readonly limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS) {
    const common = { duration: limits.windowSeconds, blockDuration: limits.windowSeconds };
    this.byAccount = new RateLimiterMemory({ ...common, points: limits.perAccount, keyPrefix: 'acct' });
    this.byIp = new RateLimiterMemory({ ...common, points: limits.perIp, keyPrefix: 'ip' });
  }

  /** Seconds to wait before another attempt, or 0 when the attempt may go ahead. */
  async retryAfter(email: string, ip: string): Promise<number> {
    const [account, address] = await Promise.all([this.byAccount.get(email), this.byIp.get(ip)]);
    const wait = (res: RateLimiterRes | null, limit: number) =>
      res && res.consumedPoints >= limit ? Math.ceil(res.msBeforeNext / 1000) : 0;
    return Math.max(wait(account, this.limits.perAccount), wait(address, this.limits.perIp));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const swallow = (e: unknown) => {
      if (!(e instanceof RateLimiterRes)) throw e;
    };
    await Promise.all([this.byAccount.consume(email).catch(swallow), this.byIp.consume(ip).catch(swallow)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }
}
