import { Router } from 'express';
import { AppError } from '../../../shared/commandError.ts';
import { RefereeLogin } from '../../../shared/schemas/commands.ts';
import { LoginLimiter } from '../../auth/loginLimiter.ts';
import { authorize } from '../../auth/principal.ts';
import { signRefereeToken } from '../../auth/secrets.ts';
import type { Competitions } from '../../commands/competitions.ts';
import { parse } from '../../commands/parse.ts';
import { principalOf } from '../context.ts';

const SESSION_MS = 12 * 60 * 60_000; // a competition day

/** POST /api/auth/referee: a competition's PIN for a referee token (logins are the server's log, not events). */
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

/** GET /api/admin/session: 200 when the bearer token is the admin token (the console's login check). */
export function adminSessionRoutes(): Router {
  const router = Router();
  router.get('/session', (req, res) => {
    authorize(principalOf(req), '', ['admin']);
    res.json({ role: 'admin' });
  });
  return router;
}
