/**
 * Guards a competition's referee PINs against guessing from any number of addresses,
 * without the old per-address lock that shut out a whole venue behind one NAT.
 *
 * Every wrong PIN for a competition counts against one budget, wherever it comes from;
 * right PINs never do. Past the budget, each further wrong PIN doubles a wait during
 * which the competition's PINs are not checked at all (1 s, 2 s, 4 s … capped at an hour):
 * in 24 h that allows 10 + 12 (the doublings up to 2048 s, 68 min in all) + 23 (hour-long
 * waits) ≈ 45 guesses, 0.45 % of a 4-digit PIN's 10,000 — far from a brute force. Devices that logged in before carry a signed device
 * pass and are checked even during the wait (so referees who type their own PIN right get
 * in), with a small allowance of their own. The organizer sees the count and the wait and
 * may reset them (the console's unlock).
 *
 * Checks of one competition run one at a time, so a burst of parallel guesses cannot all
 * be checked before the first failure is counted.
 */
export interface PinGuardOptions {
  /** Wrong PINs a competition may see before waits begin. */
  budget: number;
  /** The wait after the first wrong PIN past the budget; it doubles with each after. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** Wrong PINs a device pass may make before it, too, waits. */
  passBudget: number;
}

export const DEFAULT_PIN_GUARD: PinGuardOptions = { budget: 10, firstWaitMs: 1_000, maxWaitMs: 60 * 60_000, passBudget: 5 };

export interface PinGuardStatus {
  wrongAttempts: number;
  /** When checks resume for devices without a pass; null when they run now. */
  lockedUntil: string | null;
}

interface Tally {
  wrong: number;
  waitUntil: number;
  /** The last check in line: the next one starts after it. */
  line: Promise<unknown>;
  passWrong: Map<string, number>;
}

export type PinAlert = (competitionId: string, status: PinGuardStatus) => void;

export class PinGuard {
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly options: PinGuardOptions = DEFAULT_PIN_GUARD,
    private readonly alert: PinAlert = () => {},
  ) {}

  /**
   * Runs `check` in the competition's line unless the competition is waiting (then the
   * answer is the milliseconds left and the check never runs). `pass` is the caller's
   * device pass id, when it has a valid one. `check` answers whether the PIN was right.
   */
  async attempt(competitionId: string, pass: string | null, now: () => number, check: () => Promise<boolean>): Promise<{ ok: boolean; waitMs: number }> {
    const tally = this.tally(competitionId);
    const turn = tally.line.then(async () => {
      const waitMs = this.waitMs(tally, pass, now());
      if (waitMs > 0) return { ok: false, waitMs };
      const ok = await check();
      if (!ok) this.wrong(competitionId, tally, pass, now());
      return { ok, waitMs: 0 };
    });
    tally.line = turn.catch(() => undefined);
    return turn;
  }

  status(competitionId: string, now: number): PinGuardStatus {
    const tally = this.tallies.get(competitionId);
    if (!tally) return { wrongAttempts: 0, lockedUntil: null };
    return { wrongAttempts: tally.wrong, lockedUntil: tally.waitUntil > now ? new Date(tally.waitUntil).toISOString() : null };
  }

  /** The organizer's reset: the count and the wait start over. */
  unlock(competitionId: string): void {
    const tally = this.tallies.get(competitionId);
    if (!tally) return;
    tally.wrong = 0;
    tally.waitUntil = 0;
    tally.passWrong.clear();
  }

  /** A pass within its own allowance is checked now; any other caller waits out the competition's wait. */
  private waitMs(tally: Tally, pass: string | null, now: number): number {
    if (pass !== null && (tally.passWrong.get(pass) ?? 0) < this.options.passBudget) return 0;
    return Math.max(0, tally.waitUntil - now);
  }

  private wrong(competitionId: string, tally: Tally, pass: string | null, now: number): void {
    if (pass !== null) tally.passWrong.set(pass, (tally.passWrong.get(pass) ?? 0) + 1);
    tally.wrong += 1;
    const past = tally.wrong - this.options.budget;
    if (past > 0) {
      tally.waitUntil = now + Math.min(this.options.firstWaitMs * 2 ** (past - 1), this.options.maxWaitMs);
      this.alert(competitionId, this.status(competitionId, now));
    }
  }

  private tally(competitionId: string): Tally {
    let tally = this.tallies.get(competitionId);
    if (!tally) {
      tally = { wrong: 0, waitUntil: 0, line: Promise.resolve(), passWrong: new Map() };
      this.tallies.set(competitionId, tally);
    }
    return tally;
  }
}
