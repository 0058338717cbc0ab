import { Router } from 'express';
import { AppError } from '../../../shared/commandError.ts';
import { computeStandings, roundStandings } from '../../../shared/scoring/standings.ts';
import { SeriesDocument } from '../../../shared/series/schema.ts';
import { authorize } from '../../auth/principal.ts';
import { parse } from '../../commands/parse.ts';
import { publicCompetition } from '../../commands/publicCompetition.ts';
import type { RecordEntry, Series } from '../../series/series.ts';
import { principalOf } from '../context.ts';

const round2 = (p: RecordEntry): RecordEntry => ({ ...p, value: Math.round(p.value * 100) / 100 });

/** Series (organizer creates, anyone reads) and records across every competition known here. */
export function seriesRoutes(series: Series): Router {
  const router = Router();
  router.post('/series', (req, res) => {
    authorize(principalOf(req), '', ['admin']);
    res.status(201).json({ series: series.create(parse(SeriesDocument, req.body)) });
  });
  router.get('/series', (_req, res) => res.json({ series: series.list() }));
  router.get('/series/:sid', (req, res) => res.json({ series: series.get(req.params.sid) }));
  router.get('/series/:sid/standings', (req, res) => res.json(series.standings(req.params.sid)));
  // A source's board on this server, read-only: the followed copy (or the local competition) and its standings.
  router.get('/series/:sid/sources/:cid', (req, res) => {
    const { source, state } = series.source(req.params.sid, req.params.cid);
    res.json({ source, competition: publicCompetition(state), standings: { seq: state.lastSeq, status: state.status, ...roundStandings(computeStandings(state)) } });
  });
  /**
   * Records and personal bests. `?exclude=cid` leaves a competition of this server out: a board
   * compares its own live results with that and marks what falls the moment it does.
   */
  router.get('/records', (req, res) => {
    const exclude = req.query.exclude;
    if (exclude !== undefined && typeof exclude !== 'string') throw new AppError('bad_request', 'exclude must be one competition id', 'exclude');
    const bests = series.bests(exclude ? { competitionId: exclude, url: null } : undefined);
    res.json({ records: bests.records.map((p) => round2(p as RecordEntry)), personalBests: bests.personalBests.map((p) => round2(p as RecordEntry)) });
  });
  return router;
}
