import { Router } from 'express';
import { correctAnswer, recordAnswer } from '../../commands/answers.ts';
import type { Competitions } from '../../commands/competitions.ts';
import { principalOf } from '../context.ts';
import { send } from '../send.ts';

/** An accounting answer recorded (201; a retry of the same write 200 with the original result) and corrected. */
export function answerRoutes(competitions: Competitions): Router {
  const router = Router();
  router.post('/:cid/answers', (req, res) => send(res, recordAnswer(competitions, principalOf(req), req.params.cid, req.body), 201));
  router.post('/:cid/answers/:answerId/corrections', (req, res) =>
    send(res, correctAnswer(competitions, principalOf(req), req.params.cid, req.params.answerId, req.body), 201),
  );
  return router;
}
