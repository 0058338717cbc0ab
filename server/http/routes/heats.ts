import { Router } from 'express';
import type { Competitions } from '../../commands/competitions.ts';
import { heatAction, reopenHeat } from '../../commands/heats.ts';
import { principalOf } from '../context.ts';
import { send } from '../send.ts';

export function heatRoutes(competitions: Competitions): Router {
  const router = Router();
  for (const verb of ['start', 'finish', 'confirm'] as const) {
    router.post(`/:cid/heats/:hid/${verb}`, (req, res) => send(res, heatAction(competitions, principalOf(req), req.params.cid, req.params.hid, verb, req.body), 200));
  }
  router.post('/:cid/heats/:hid/reopen', (req, res) => send(res, reopenHeat(competitions, principalOf(req), req.params.cid, req.params.hid, req.body), 200));
  return router;
}
