import { Router } from 'express';
import { authorize } from '../../auth/principal.ts';
import type { CompetitionStates } from '../../store/competitionStates.ts';
import type { Backups } from '../../store/backups.ts';
import { principalOf } from '../context.ts';

/** GET /:cid/backups: the organizer's list of this competition's database copies. */
export function backupRoutes(competitions: CompetitionStates, backups: Backups | null): Router {
  const router = Router();
  router.get('/:cid/backups', (req, res) => {
    authorize(principalOf(req), req.params.cid, ['admin']);
    competitions.get(req.params.cid);
    res.json({ folder: backups?.folder ?? null, backups: (backups?.list(req.params.cid) ?? []).map(({ file, bytes }) => ({ file, bytes })) });
  });
  return router;
}
