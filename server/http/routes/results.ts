import { Router } from 'express';
import { protestWindowEndsAt, resultsLabel, signOffBlockers } from '../../../shared/results.ts';
import type { Competitions } from '../../commands/competitions.ts';
import { lodgeProtest, resolveProtest, signOff } from '../../commands/results.ts';
import type { ResultsSigner } from '../../signing/resultsKey.ts';
import { principalOf } from '../context.ts';
import { send } from '../send.ts';

/** The results workflow: protests, sign-off, and where the results stand. */
export function resultRoutes(competitions: Competitions, signer: ResultsSigner, now: () => Date = () => new Date()): Router {
  const router = Router();

  router.post('/:cid/protests', (req, res) => send(res, lodgeProtest(competitions, principalOf(req), req.params.cid, req.body), 201));
  router.post('/:cid/protests/:pid/resolve', (req, res) =>
    send(res, resolveProtest(competitions, principalOf(req), req.params.cid, req.params.pid, req.body), 200),
  );
  router.post('/:cid/official', (req, res) => send(res, signOff(competitions, signer.sign, principalOf(req), req.params.cid, req.body), 200));

  /** Where the results stand, and what would stop a sign-off now. */
  router.get('/:cid/results', (req, res) => {
    const state = competitions.get(req.params.cid);
    const at = now().toISOString();
    res.json({
      status: state.status,
      label: resultsLabel(state, at),
      provisionalAt: state.provisionalAt,
      protestWindowEndsAt: protestWindowEndsAt(state),
      officialAt: state.officialAt,
      protests: Object.values(state.protests),
      signOffBlockers: state.status === 'official' ? [] : signOffBlockers(state, at),
      lastSeq: state.lastSeq,
      lastHash: state.lastHash,
    });
  });

  return router;
}
