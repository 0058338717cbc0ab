import { Router, type Response } from 'express';
import { protestWindowEndsAt, resultsLabel, signOffBlockers } from '../../../shared/results.ts';
import { authorize } from '../../auth/principal.ts';
import { editSetup, lodgeProtest, resetStationKey, resolveProtest } from '../../competitions/adminCommands.ts';
import type { WriteAnswer } from '../../competitions/commands.ts';
import type { Competitions } from '../../competitions/registry.ts';
import type { Backups } from '../../db/backups.ts';
import { principalOf } from '../context.ts';
import { publicCompetition } from './competitions.ts';

const send = (res: Response, created: number, result: WriteAnswer): void => {
  res.status(result.replayed ? 200 : created).json(result.body);
};

/** The organizer console's routes: setup edits, station keys, protests, results workflow, backups. */
export function adminRoutes(competitions: Competitions, backups: Backups | null, now: () => Date = () => new Date()): Router {
  const router = Router();

  router.put('/:cid/setup', (req, res) => {
    const { state, stationKeys } = editSetup(competitions, principalOf(req), req.params.cid, req.body);
    res.json({ competition: publicCompetition(state), stationKeys });
  });

  router.post('/:cid/stations/:craneId/key', (req, res) => {
    const key = resetStationKey(competitions, principalOf(req), req.params.cid, req.params.craneId, req.body);
    res.json({ craneId: req.params.craneId, key });
  });

  router.post('/:cid/protests', (req, res) => send(res, 201, lodgeProtest(competitions, principalOf(req), req.params.cid, req.body)));
  router.post('/:cid/protests/:pid/resolve', (req, res) =>
    send(res, 200, resolveProtest(competitions, principalOf(req), req.params.cid, req.params.pid, req.body)),
  );

  /** Where the results stand, and what would stop a sign-off now. */
  router.get('/:cid/results', (req, res) => {
    const state = competitions.get(req.params.cid);
    const at = now().toISOString();
    res.json({
      status: state.status,
      label: resultsLabel(state, at),
      provisionalAt: state.provisionalAt,
      protestWindowEndsAt: protestWindowEndsAt(state),
      officialAt: state.officialAt,
      protests: Object.values(state.protests),
      signOffBlockers: state.status === 'official' ? [] : signOffBlockers(state, at),
      lastSeq: state.lastSeq,
      lastHash: state.lastHash,
    });
  });

  router.get('/:cid/backups', (req, res) => {
    authorize(principalOf(req), req.params.cid, ['admin']);
    competitions.get(req.params.cid);
    res.json({ folder: backups?.folder ?? null, backups: (backups?.list(req.params.cid) ?? []).map(({ file, bytes }) => ({ file, bytes })) });
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
