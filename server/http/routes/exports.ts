import { Router } from 'express';
import { AppError } from '../../../shared/commandError.ts';
import { stableCopy } from '../../../shared/reducer.ts';
import { headOf } from '../../../shared/signedHead.ts';
import type { Readers } from '../../public/readers.ts';
import type { ResultsSigner } from '../../signing/resultsKey.ts';
import type { CompetitionStates } from '../../store/competitionStates.ts';
import { principalOf } from '../context.ts';
import { EXPORT_FORMATS, renderExport, type ExportFormat } from '../../exports/formats.ts';

const isFormat = (value: unknown): value is ExportFormat => (EXPORT_FORMATS as readonly unknown[]).includes(value);

/** GET /:cid/export?format=csv|xlsx|pdf|json — public, like the standings it prints. */
export function exportRoutes(competitions: CompetitionStates, readers: Readers, signer: ResultsSigner, now: () => Date = () => new Date()): Router {
  const router = Router();
  router.get('/:cid/export', async (req, res) => {
    const format = req.query.format ?? 'json';
    if (!isFormat(format)) throw new AppError('bad_request', `format must be one of ${EXPORT_FORMATS.join(', ')}`, 'format');
    competitions.get(req.params.cid);
    // State and log are read together, before any await, so they describe the same seq; the
    // state is copied because the write path keeps adding to the current state's maps meanwhile.
    const state = stableCopy(readers.state(principalOf(req), req.params.cid));
    const events = readers.eventsSince(principalOf(req), req.params.cid, 0);
    const file = await renderExport(format, state, events, signer.sign(headOf(state)), now().toISOString());
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('x-gauge-last-hash', state.lastHash);
    res.send(file.body);
  });
  return router;
}
