import express from 'express';
import helmet from 'helmet';
import { AppError } from '../../shared/commandError.ts';
import { listingTimes } from '../../shared/listingTimes.ts';
import { computeStandings, roundStandings } from '../../shared/scoring/standings.ts';
import { publicCompetition } from '../commands/publicCompetition.ts';
import { publicStateAnswer } from '../feed/publicState.ts';
import { resumeSeq, streamFeed } from '../feed/sseFeed.ts';
import { clientPages } from '../http/clientPages.ts';
import { compressResponses } from '../http/compress.ts';
import { errorHandler } from '../http/errors.ts';
import type { EdgeLog } from './edgeLog.ts';

export interface EdgeAppDeps {
  log: EdgeLog;
  writerUrl: string;
  clientDist: string;
  version: string;
  feedHeartbeatMs: number;
}

/** What an edge answers to anything it does not serve: the writer does. */
export const misdirected = (writerUrl: string): AppError => new AppError('misdirected', `write to the writer at ${writerUrl}`);

/**
 * A spectator edge over HTTP: the pages, and the public reads (competitions, a competition,
 * standings, events, the state the phone view follows the feed from, the SSE feed) from the state it folds. Everyone is anonymous here (an
 * edge holds no keys); writes and staff reads are refused with 421 naming the writer.
 */
export function createEdgeApp({ log, writerUrl, clientDist, version, feedHeartbeatMs }: EdgeAppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } }, strictTransportSecurity: false }));
  app.use(compressResponses());

  app.get('/api/health', (_req, res) => res.json({ ok: true, version, role: 'edge', writer: writerUrl, time: new Date().toISOString() }));
  app.get('/api/competitions', (_req, res) => {
    res.json({ competitions: log.list().map((s) => ({ id: s.setup.id, name: s.setup.name, venue: s.setup.venue, status: s.status, lastSeq: s.lastSeq, ...listingTimes(s.setup) })) });
  });
  app.get('/api/competitions/:cid', (req, res) => res.json(publicCompetition(log.state(req.params.cid))));
  app.get('/api/competitions/:cid/standings', (req, res) => {
    const state = log.state(req.params.cid);
    res.json({ seq: state.lastSeq, status: state.status, ...roundStandings(computeStandings(state)) });
  });
  app.get('/api/competitions/:cid/events', (req, res) => {
    const since = Number(req.query.since ?? 0);
    const limit = Number(req.query.limit ?? 10_000);
    if (!Number.isInteger(since) || since < 0) throw new AppError('bad_request', 'since must be a whole number ≥ 0', 'since');
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new AppError('bad_request', 'limit must be 1-10000', 'limit');
    res.json({ events: log.eventsSince(req.params.cid, since, limit), lastSeq: log.lastSeq(req.params.cid) });
  });
  app.get('/api/competitions/:cid/feed', (req, res) => {
    log.state(req.params.cid);
    const since = resumeSeq(req);
    if (since === 'bad') throw new AppError('bad_request', 'Last-Event-ID (or since) must be a whole number ≥ 0', 'since');
    streamFeed(log, req.params.cid, since, res, { heartbeatMs: feedHeartbeatMs });
  });
  app.get('/api/competitions/:cid/state', (req, res) => res.json(publicStateAnswer(log.state(req.params.cid))));
  // Writes, staff reads and signed exports (the edge holds no key) belong to the writer.
  app.use('/api', () => {
    throw misdirected(writerUrl);
  });

  app.use(clientPages(clientDist));
  app.use(errorHandler);
  return app;
}
