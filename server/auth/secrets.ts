import { createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// PINs are short, so they get a salted slow hash; station keys are long random strings,
// so a plain sha256 is enough and lets a key be looked up by its hash.
// The slow hash runs on libuv's thread pool (async scrypt): ~50 ms of CPU per PIN that,
// done synchronously, would stall every socket and /health while someone guesses.

// One slow hash at a time, server-wide: a burst of guesses then takes one core, and the
// event loop keeps the other (a venue laptop may have two).
let hashLine: Promise<unknown> = Promise.resolve();
function slowHash(pin: string, salt: Buffer): Promise<Buffer> {
  const next = hashLine.then(() => new Promise<Buffer>((resolve, reject) => scrypt(pin, salt, 32, (error, key) => (error ? reject(error) : resolve(key)))));
  hashLine = next.catch(() => undefined);
  return next;
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  return `${salt.toString('base64')}:${(await slowHash(pin, salt)).toString('base64')}`;
}

export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  return timingSafeEqual(await slowHash(pin, Buffer.from(salt, 'base64')), Buffer.from(hash, 'base64'));
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
  /** The named referee; absent for the shared PIN. */
  refereeId?: string;
}

// Two kinds share the format: `rt` a session token, `dp` a device pass — proof that this
// device logged in before, which lets it try its PIN while the competition is backing off.
// A session token's MAC covers the payload alone (as before passes existed, so sessions
// survive an upgrade); a pass's covers its prefix too, so neither can stand in for the other.
type TokenKind = 'rt' | 'dp';
const macInput = (kind: TokenKind, payload: string): string => (kind === 'rt' ? payload : `${kind}.${payload}`);

function sign(kind: TokenKind, key: Buffer, claims: RefereeClaims): string {
  const payload = Buffer.from(JSON.stringify({ c: claims.competitionId, e: claims.expiresAt, ...(claims.refereeId ? { r: claims.refereeId } : {}) })).toString('base64url');
  return `${kind}.${payload}.${createHmac('sha256', key).update(macInput(kind, payload)).digest('base64url')}`;
}

export const signRefereeToken = (key: Buffer, claims: RefereeClaims): string => sign('rt', key, claims);
export const signDevicePass = (key: Buffer, claims: RefereeClaims): string => sign('dp', key, claims);
export const verifyRefereeToken = (key: Buffer, token: string, now: number): RefereeClaims | null => verify('rt', key, token, now);
export const verifyDevicePass = (key: Buffer, token: string, now: number): RefereeClaims | null => verify('dp', key, token, now);

/** A token's claims when it is of this kind, the signature is ours and it has not expired by `now`. */
function verify(kind: TokenKind, key: Buffer, token: string, now: number): RefereeClaims | null {
  const [prefix, payload, signature] = token.split('.');
  if (prefix !== kind || !payload || !signature) return null;
  const expected = createHmac('sha256', key).update(macInput(kind, payload)).digest('base64url');
  if (!sameSecret(expected, signature)) return null;
  try {
    const { c, e, r } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { c: unknown; e: unknown; r?: unknown };
    if (typeof c !== 'string' || typeof e !== 'number' || e <= now) return null;
    if (r !== undefined && typeof r !== 'string') return null;
    return { competitionId: c, expiresAt: e, ...(r ? { refereeId: r } : {}) };
  } catch {
    return null;
  }
}
