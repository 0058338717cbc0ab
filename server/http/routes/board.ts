import { Router } from 'express';
import { boardVisibility } from '../../commands/board.ts';
import type { Competitions } from '../../commands/competitions.ts';
import { principalOf } from '../context.ts';
import { send } from '../send.ts';

/** The organizer freezes the public board and reveals it again. */
export function boardRoutes(competitions: Competitions): Router {
  const router = Router();
  for (const verb of ['freeze', 'reveal'] as const) {
    router.post(`/:cid/board/${verb}`, (req, res) => send(res, boardVisibility(competitions, principalOf(req), req.params.cid, verb, req.body), 200));
  }
  return router;
}
