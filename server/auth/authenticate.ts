import type { Principal } from './principal.ts';
import { sameSecret, STATION_KEY_PREFIX, verifyRefereeToken } from './secrets.ts';
import type { StationKeys } from './stationKeys.ts';

export interface Authenticator {
  (token: string | undefined): Principal | null;
}

/** One token, three kinds: the admin token, a signed referee token, or a station key. */
export function createAuthenticator(adminToken: string, signingKey: Buffer, stationKeys: StationKeys): Authenticator {
  return (token) => {
    if (!token) return null;
    if (sameSecret(token, adminToken)) return { role: 'admin' };
    if (token.startsWith(STATION_KEY_PREFIX)) {
      const station = stationKeys.stationFor(token);
      return station ? { role: 'station', ...station } : null;
    }
    const claims = verifyRefereeToken(signingKey, token, Date.now());
    return claims ? { role: 'referee', competitionId: claims.competitionId, ...(claims.refereeId ? { refereeId: claims.refereeId } : {}) } : null;
  };
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
