import { Router } from 'express';
import { AppError } from '../../../shared/commandError.ts';
import { SetupDocument } from '../../../shared/schemas/setup.ts';
import type { CompetitionState } from '../../../shared/state.ts';
import { computeStandings, roundStandings } from '../../../shared/scoring/standings.ts';
import { authorize } from '../../auth/principal.ts';
import type { Competitions } from '../../competitions/registry.ts';
import type { PresenceRegistry } from '../../live/presence.ts';
import { principalOf } from '../context.ts';
import { parse } from '../parse.ts';

/** The public view of a competition: setup and live state, never secrets. */
export function publicCompetition(state: CompetitionState) {
  return { ...state.setup, status: state.status, lastSeq: state.lastSeq, heats: state.setup.heats.map((h) => ({ ...h, ...state.heats[h.id] })) };
}

export function competitionRoutes(competitions: Competitions, presence: PresenceRegistry): Router {
  const router = Router();

  router.get('/', (_req, res) => {
    res.json({
      competitions: competitions.list().map((s) => ({ id: s.setup.id, name: s.setup.name, venue: s.setup.venue, status: s.status, lastSeq: s.lastSeq })),
    });
  });

  router.post('/', (req, res) => {
    authorize(principalOf(req), '', ['admin']);
    const document = parse(SetupDocument, req.body);
    const { state, stationKeys } = competitions.create(document, principalOf(req)!);
    res.status(201).json({ competition: publicCompetition(state), stationKeys });
  });

  router.get('/:cid', (req, res) => {
    res.json(publicCompetition(competitions.get(req.params.cid)));
  });

  router.get('/:cid/standings', (req, res) => {
    const state = competitions.get(req.params.cid);
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
    const events = competitions.eventsSince(req.params.cid, since, limit);
    res.json({ events, lastSeq: competitions.get(req.params.cid).lastSeq });
  });

  return router;
}
