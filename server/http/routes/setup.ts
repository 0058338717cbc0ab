import { Router } from 'express';
import type { Competitions } from '../../commands/competitions.ts';
import { createCompetition, editSetup } from '../../commands/setup.ts';
import { principalOf } from '../context.ts';
import { send } from '../send.ts';

/** An organizer creates a competition (201) and edits its setup before the start (200). */
export function setupRoutes(competitions: Competitions): Router {
  const router = Router();
  router.post('/', (req, res) => send(res, createCompetition(competitions, principalOf(req), req.body), 201));
  router.put('/:cid/setup', (req, res) => send(res, editSetup(competitions, principalOf(req), req.params.cid, req.body), 200));
  return router;
}
