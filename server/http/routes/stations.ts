import { Router } from 'express';
import type { Competitions } from '../../competitions/registry.ts';
import type { PresenceRegistry } from '../../live/presence.ts';
import { stationHeartbeat } from '../../live/stationHeartbeat.ts';
import { principalOf } from '../context.ts';

/** REST stations (no socket) heartbeat here; the answer is the socket event's, minus `ok`. */
export function stationRoutes(competitions: Competitions, presence: PresenceRegistry): Router {
  const router = Router();
  router.post('/:cid/stations/heartbeat', (req, res) => {
    const body: unknown = req.body;
    const input = body !== null && typeof body === 'object' && !Array.isArray(body) ? { ...body, competitionId: req.params.cid } : body;
    res.json(stationHeartbeat(competitions, presence, principalOf(req), input));
  });
  return router;
}
