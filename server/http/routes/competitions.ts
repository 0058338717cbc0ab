import { Router } from 'express';
import { AppError } from '../../../shared/commandError.ts';
import { computeStandings, roundStandings } from '../../../shared/scoring/standings.ts';
import type { CompetitionStates } from '../../store/competitionStates.ts';
import { publicCompetition } from '../../commands/publicCompetition.ts';
import type { PresenceRegistry } from '../../presence/registry.ts';
import type { Readers } from '../../public/readers.ts';
import { principalOf } from '../context.ts';

/** What anyone may read: the competitions, their standings, their devices, their logs (the public projection unless staff). */
export function competitionRoutes(competitions: CompetitionStates, readers: Readers, presence: PresenceRegistry): Router {
  const router = Router();

  router.get('/', (_req, res) => {
    res.json({
      competitions: competitions.list(),
    });
  });

  router.get('/:cid', (req, res) => {
    res.json(publicCompetition(readers.state(principalOf(req), req.params.cid)));
  });

  router.get('/:cid/standings', (req, res) => {
    const state = readers.state(principalOf(req), req.params.cid);
    res.json({ seq: state.lastSeq, status: state.status, ...roundStandings(computeStandings(state)) });
  });

  router.get('/:cid/devices', (req, res) => {
    competitions.get(req.params.cid);
    res.json({ devices: presence.list(req.params.cid) });
  });

  router.get('/:cid/events', (req, res) => {
    const since = Number(req.query.since ?? 0);
    const limit = Number(req.query.limit ?? 10_000);
    if (!Number.isInteger(since) || since < 0) throw new AppError('bad_request', 'since must be a whole number ≥ 0', 'since');
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new AppError('bad_request', 'limit must be 1-10000', 'limit');
    const events = readers.eventsSince(principalOf(req), req.params.cid, since, limit);
    res.json({ events, lastSeq: competitions.get(req.params.cid).lastSeq });
  });

  return router;
}
