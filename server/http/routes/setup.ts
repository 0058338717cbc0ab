import { Router } from 'express';
import type { Competitions } from '../../commands/competitions.ts';
import { createCompetition, editSetup } from '../../commands/setup.ts';
import { principalOf } from '../context.ts';
import { send } from '../send.ts';

/** An organizer creates a competition (201) and edits its setup before the start (200). */
export function setupRoutes(competitions: Competitions): Router {
  const router = Router();
  router.post('/', async (req, res) => send(res, await createCompetition(competitions, principalOf(req), req.body), 201));
  router.put('/:cid/setup', async (req, res) => send(res, await editSetup(competitions, principalOf(req), req.params.cid, req.body), 200));
  return router;
}
