import { Router } from 'express';
import type { Competitions } from '../../commands/competitions.ts';
import { resetStationKey, stationHeartbeat } from '../../commands/stations.ts';
import type { PresenceRegistry } from '../../presence/registry.ts';
import { principalOf } from '../context.ts';
import { send } from '../send.ts';

/** Station keys (an organizer resets one) and heartbeats of REST stations (no socket). */
export function stationRoutes(competitions: Competitions, presence: PresenceRegistry): Router {
  const router = Router();
  router.post('/:cid/stations/:craneId/key', (req, res) =>
    send(res, resetStationKey(competitions, principalOf(req), req.params.cid, req.params.craneId, req.body), 200),
  );
  // The answer is the socket event's, minus `ok`; the competition comes from the path.
  router.post('/:cid/stations/heartbeat', (req, res) => {
    const body: unknown = req.body;
    const input = body !== null && typeof body === 'object' && !Array.isArray(body) ? { ...body, competitionId: req.params.cid } : body;
    send(res, stationHeartbeat(competitions, presence, principalOf(req), input), 200);
  });
  return router;
}
