/**
 * Counts wrong PINs per caller in a sliding window, so a 4-digit PIN cannot be guessed
 * by trying all 10,000. A right PIN clears the count.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 5 * 60_000,
  ) {}

  /** Milliseconds until the caller may try again, or 0 when they may try now. */
  retryAfterMs(key: string, now: number): number {
    const recent = this.recent(key, now);
    return recent.length < this.maxFailures ? 0 : (recent[0] as number) + this.windowMs - now;
  }

  fail(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length) this.failures.set(key, recent);
    else this.failures.delete(key);
    return recent;
  }
}
