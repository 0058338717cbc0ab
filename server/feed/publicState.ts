import { spectatorSnapshot } from '../../shared/public/spectatorSnapshot.ts';
import type { CompetitionState } from '../../shared/state.ts';

/** What `GET /api/competitions/:cid/state` answers: where the feed resumes, and the public state up to there. */
export interface PublicStateAnswer {
  competitionId: string;
  lastSeq: number;
  /** Screens count heat clocks down in server time: this tells them the server's clock. */
  serverTime: string;
  state: CompetitionState;
}

/**
 * The public projection as one snapshot, for a screen that then follows the SSE feed from
 * `lastSeq` (the phone view). Always the public projection, whoever asks: it must fold with
 * the feed's events, which are public too. The light copy: lift histories are staff's audit trail.
 */
export const publicStateAnswer = (state: CompetitionState): PublicStateAnswer => ({
  competitionId: state.setup.id,
  lastSeq: state.lastSeq,
  serverTime: new Date().toISOString(),
  state: spectatorSnapshot(state),
});
