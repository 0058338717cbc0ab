import { Router } from 'express';
import { correctLift, recordLift, voidLift } from '../../commands/lifts.ts';
import type { Competitions } from '../../commands/competitions.ts';
import { principalOf } from '../context.ts';
import { send } from '../send.ts';

/** A lift recorded (201; a retry of the same write 200 with the original result), corrected, voided. */
export function liftRoutes(competitions: Competitions): Router {
  const router = Router();
  router.post('/:cid/lifts', async (req, res) => send(res, await recordLift(competitions, principalOf(req), req.params.cid, req.body), 201));
  router.post('/:cid/lifts/:liftId/corrections', (req, res) =>
    send(res, correctLift(competitions, principalOf(req), req.params.cid, req.params.liftId, req.body), 201),
  );
  router.post('/:cid/lifts/:liftId/void', (req, res) => send(res, voidLift(competitions, principalOf(req), req.params.cid, req.params.liftId, req.body), 201));
  return router;
}
