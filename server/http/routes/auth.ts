import { Router } from 'express';
import { AppError } from '../../../shared/commandError.ts';
import { RefereeLogin } from '../../../shared/schemas/commands.ts';
import { LoginLimiter } from '../../auth/loginLimiter.ts';
import { signRefereeToken } from '../../auth/secrets.ts';
import type { Competitions } from '../../competitions/registry.ts';
import { parse } from '../parse.ts';

const SESSION_MS = 12 * 60 * 60_000; // a competition day

export function authRoutes(competitions: Competitions, signingKey: Buffer, log: (line: string) => void): Router {
  const router = Router();
  const limiter = new LoginLimiter();

  router.post('/referee', (req, res) => {
    const { competitionId, pin } = parse(RefereeLogin, req.body);
    const now = Date.now();
    const key = `${req.ip}|${competitionId}`;
    const waitMs = limiter.retryAfterMs(key, now);
    if (waitMs > 0) {
      res.setHeader('Retry-After', Math.ceil(waitMs / 1000));
      throw new AppError('too_many', `too many wrong PINs; try again in ${Math.ceil(waitMs / 1000)} s`);
    }
    competitions.get(competitionId);
    if (!competitions.pinMatches(competitionId, pin)) {
      limiter.fail(key, now);
      log(`referee login refused for ${competitionId} from ${req.ip}`);
      throw new AppError('unauthorized', 'wrong PIN', 'pin');
    }
    limiter.succeed(key);
    const expiresAt = now + SESSION_MS;
    log(`referee logged in to ${competitionId} from ${req.ip}`);
    res.json({ token: signRefereeToken(signingKey, { competitionId, expiresAt }), expiresAt: new Date(expiresAt).toISOString() });
  });

  return router;
}
