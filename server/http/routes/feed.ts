import { Router } from 'express';
import { AppError } from '../../../shared/commandError.ts';
import { publicStateAnswer } from '../../feed/publicState.ts';
import { resumeSeq, streamFeed, type FeedOptions } from '../../feed/sseFeed.ts';
import type { PublicLog } from '../../public/publicLog.ts';
import type { CompetitionStates } from '../../store/competitionStates.ts';

/**
 * GET /:cid/feed — the public projection as Server-Sent Events, for the phone view, broadcast
 * graphics and other systems; GET /:cid/state — the public state to follow the feed from.
 */
export function feedRoutes(competitions: CompetitionStates, publicLog: PublicLog, options: FeedOptions): Router {
  const router = Router();
  router.get('/:cid/feed', (req, res) => {
    competitions.get(req.params.cid);
    const since = resumeSeq(req);
    if (since === 'bad') throw new AppError('bad_request', 'Last-Event-ID (or since) must be a whole number ≥ 0', 'since');
    streamFeed(publicLog, req.params.cid, since, res, options);
  });
  router.get('/:cid/state', (req, res) => {
    competitions.get(req.params.cid);
    res.json(publicStateAnswer(publicLog.state(req.params.cid)));
  });
  return router;
}
