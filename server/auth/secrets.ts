import { createHash, createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// PINs are short, so they get a salted slow hash; station keys are long random strings,
// so a plain sha256 is enough and lets a key be looked up by its hash.

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('base64')}:${scryptSync(pin, salt, 32).toString('base64')}`;
}

export function pinMatches(pin: string, stored: string): boolean {
  const [salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  return timingSafeEqual(scryptSync(pin, Buffer.from(salt, 'base64'), 32), Buffer.from(hash, 'base64'));
}

export const STATION_KEY_PREFIX = 'sk_';
export const newStationKey = (): string => STATION_KEY_PREFIX + randomBytes(24).toString('base64url');
export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

/** Referee session tokens: `rt.<payload>.<hmac>`, checked without a lookup. */
export interface RefereeClaims {
  competitionId: string;
  expiresAt: number;
}

export function signRefereeToken(key: Buffer, claims: RefereeClaims): string {
  const payload = Buffer.from(JSON.stringify({ c: claims.competitionId, e: claims.expiresAt })).toString('base64url');
  return `rt.${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}

export function verifyRefereeToken(key: Buffer, token: string, now: number): RefereeClaims | null {
  const [prefix, payload, signature] = token.split('.');
  if (prefix !== 'rt' || !payload || !signature) return null;
  const expected = createHmac('sha256', key).update(payload).digest('base64url');
  if (!sameSecret(expected, signature)) return null;
  try {
    const { c, e } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { c: unknown; e: unknown };
    if (typeof c !== 'string' || typeof e !== 'number' || e <= now) return null;
    return { competitionId: c, expiresAt: e };
  } catch {
    return null;
  }
}
