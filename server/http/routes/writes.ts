import { Router, type Response } from 'express';
import type { Competitions } from '../../competitions/registry.ts';
import { boardVisibility, correctLift, heatAction, recordLift, reopenHeat, signOff, voidLift, type WriteAnswer } from '../../competitions/commands.ts';
import { principalOf } from '../context.ts';

/** Created answers 201; a retry of the same write answers 200 with the original result. */
const send = (res: Response, created: number, result: WriteAnswer): void => {
  res.status(result.replayed ? 200 : created).json(result.body);
};

export function writeRoutes(competitions: Competitions): Router {
  const router = Router();
  router.post('/:cid/lifts', async (req, res) => send(res, 201, await recordLift(competitions, principalOf(req), req.params.cid, req.body)));
  router.post('/:cid/lifts/:liftId/corrections', (req, res) =>
    send(res, 201, correctLift(competitions, principalOf(req), req.params.cid, req.params.liftId, req.body)),
  );
  router.post('/:cid/lifts/:liftId/void', (req, res) =>
    send(res, 201, voidLift(competitions, principalOf(req), req.params.cid, req.params.liftId, req.body)),
  );
  for (const verb of ['start', 'finish', 'confirm'] as const) {
    router.post(`/:cid/heats/:hid/${verb}`, (req, res) =>
      send(res, 200, heatAction(competitions, principalOf(req), req.params.cid, req.params.hid, verb, req.body)),
    );
  }
  router.post('/:cid/heats/:hid/reopen', (req, res) =>
    send(res, 200, reopenHeat(competitions, principalOf(req), req.params.cid, req.params.hid, req.body)),
  );
  router.post('/:cid/official', (req, res) => send(res, 200, signOff(competitions, principalOf(req), req.params.cid, req.body)));
  for (const verb of ['freeze', 'reveal'] as const) {
    router.post(`/:cid/board/${verb}`, (req, res) => send(res, 200, boardVisibility(competitions, principalOf(req), req.params.cid, verb, req.body)));
  }
  return router;
}
