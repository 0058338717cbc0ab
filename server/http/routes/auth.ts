import { Router } from 'express';
import { AppError } from '../../../shared/commandError.ts';
import { PinUnlock, RefereeLogin } from '../../../shared/schemas/commands.ts';
import { PinGuard } from '../../auth/pinGuard.ts';
import { authorize } from '../../auth/principal.ts';
import { signDevicePass, signRefereeToken, verifyDevicePass } from '../../auth/secrets.ts';
import type { Competitions } from '../../commands/competitions.ts';
import { parse } from '../../commands/parse.ts';
import { principalOf } from '../context.ts';

const SESSION_MS = 12 * 60 * 60_000; // a competition day
const PASS_MS = 7 * 24 * 60 * 60_000; // a contest week: the device stays known across days

/**
 * POST /api/auth/referee: a PIN for a referee token (logins are the server's log, not
 * events). The PIN finds its referee (named referees each have their own; `refereeId`
 * narrows the check to one). Wrong PINs count against the competition's budget (PinGuard),
 * never against an address.
 */
export function authRoutes(competitions: Competitions, signingKey: Buffer, guard: PinGuard, log: (line: string) => void): Router {
  const router = Router();

  router.post('/referee', async (req, res) => {
    const { competitionId, pin, refereeId, devicePass } = parse(RefereeLogin, req.body);
    competitions.get(competitionId);
    const pass = devicePass ? verifyDevicePass(signingKey, devicePass, Date.now()) : null;
    const passId = pass?.competitionId === competitionId ? devicePass! : null;
    let owner: { refereeId?: string } | null = null;
    const { ok, waitMs } = await guard.attempt(competitionId, passId, Date.now, async () => {
      owner = await competitions.findReferee(competitionId, pin, refereeId);
      return owner !== null;
    });
    if (waitMs > 0) {
      res.setHeader('Retry-After', Math.ceil(waitMs / 1000));
      throw new AppError('too_many', `too many wrong PINs for this competition; try again in ${Math.ceil(waitMs / 1000)} s or ask the organizer to unlock`);
    }
    if (!ok || owner === null) {
      log(`referee login refused for ${competitionId} from ${req.ip}`);
      throw new AppError('unauthorized', 'wrong PIN', 'pin');
    }
    const who: { refereeId?: string } = owner;
    const now = Date.now();
    const expiresAt = now + SESSION_MS;
    const referee = who.refereeId ? competitions.get(competitionId).setup.referees?.find((r) => r.id === who.refereeId) : undefined;
    log(`referee ${who.refereeId ?? '(shared PIN)'} logged in to ${competitionId} from ${req.ip}`);
    res.json({
      token: signRefereeToken(signingKey, { competitionId, expiresAt, ...who }),
      expiresAt: new Date(expiresAt).toISOString(),
      referee: referee ?? null,
      devicePass: signDevicePass(signingKey, { competitionId, expiresAt: now + PASS_MS, ...who }),
    });
  });

  return router;
}

/** The organizer's view of a competition's PIN guard: the wrong PINs so far, the wait, and the unlock. */
export function refereeLoginRoutes(competitions: Competitions, guard: PinGuard): Router {
  const router = Router();
  router.get('/:cid/referee-logins', (req, res) => {
    authorize(principalOf(req), req.params.cid, ['admin']);
    competitions.get(req.params.cid);
    res.json(guard.status(req.params.cid, Date.now()));
  });
  router.post('/:cid/referee-logins/unlock', (req, res) => {
    authorize(principalOf(req), req.params.cid, ['admin']);
    parse(PinUnlock, req.body ?? {});
    competitions.get(req.params.cid);
    guard.unlock(req.params.cid);
    res.json(guard.status(req.params.cid, Date.now()));
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
