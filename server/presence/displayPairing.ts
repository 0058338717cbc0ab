import { randomInt } from 'node:crypto';
import { signDevicePass, verifyDevicePass } from '../auth/secrets.ts';

/** No 0/O, 1/I/L: a code read off a big screen across a hall and typed on a laptop. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 6;
const CODE_TTL_MS = 15 * 60_000;
/** Pending codes per competition: a flood of fake displays cannot grow memory without bound. */
const MAX_PENDING = 100;
const PASS_MS = 30 * 24 * 60 * 60_000;

interface Pending {
  competitionId: string;
  deviceId: string;
  expiresAtMs: number;
}

/**
 * Displays pair with the organizer: an unpaired screen is given a short code to show; the
 * organizer types it in the console; the screen then gets a signed display pass (kept in
 * its storage, so a restart of either side does not unpair it). Only a display with a
 * valid pass appears in the monitor and receives `display:command`.
 */
export class DisplayPairing {
  /** code → the display waiting for it */
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly signingKey: Buffer,
    private readonly now: () => number = Date.now,
  ) {}

  /** The code this unpaired display shows (the same one while it is valid). */
  codeFor(competitionId: string, deviceId: string): string {
    this.expire();
    for (const [code, p] of this.pending) if (p.competitionId === competitionId && p.deviceId === deviceId) return code;
    const ofCompetition = [...this.pending].filter(([, p]) => p.competitionId === competitionId);
    // Past the cap the oldest code goes: a real screen asks again and gets a fresh one.
    if (ofCompetition.length >= MAX_PENDING) this.pending.delete(ofCompetition[0]![0]);
    let code: string;
    do code = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    while (this.pending.has(code));
    this.pending.set(code, { competitionId, deviceId, expiresAtMs: this.now() + CODE_TTL_MS });
    return code;
  }

  /** The organizer confirms a code: the display it belongs to and its pass, or null for an unknown code. */
  pair(competitionId: string, code: string): { deviceId: string; pass: string } | null {
    this.expire();
    const key = code.trim().toUpperCase();
    const waiting = this.pending.get(key);
    if (!waiting || waiting.competitionId !== competitionId) return null;
    this.pending.delete(key);
    return { deviceId: waiting.deviceId, pass: signDevicePass(this.signingKey, { competitionId, expiresAt: this.now() + PASS_MS, refereeId: `display:${waiting.deviceId}` }) };
  }

  /** Whether this pass pairs this display with this competition. */
  isPaired(competitionId: string, deviceId: string, pass: string | undefined): boolean {
    if (!pass) return false;
    const claims = verifyDevicePass(this.signingKey, pass, this.now());
    return claims?.competitionId === competitionId && claims.refereeId === `display:${deviceId}`;
  }

  private expire(): void {
    const nowMs = this.now();
    for (const [code, p] of this.pending) if (p.expiresAtMs <= nowMs) this.pending.delete(code);
  }
}
