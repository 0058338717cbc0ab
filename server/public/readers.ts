import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import { spectatorSnapshot } from '../../shared/public/spectatorSnapshot.ts';
import type { CompetitionState } from '../../shared/state.ts';
import type { Principal } from '../auth/principal.ts';
import type { CommittedLog, PublicLog } from './publicLog.ts';

/** Organizers, and referees of this competition, see everything; anyone else reads the public projection. */
export const seesEverything = (principal: Principal | null, competitionId: string): boolean =>
  principal?.role === 'admin' || (principal?.role === 'referee' && principal.competitionId === competitionId);

/** What a reader may know of a competition and its log: the one switch every read path goes through. */
export class Readers {
  constructor(
    private readonly committed: CommittedLog,
    readonly publicLog: PublicLog,
  ) {}

  state(principal: Principal | null, competitionId: string): CompetitionState {
    return seesEverything(principal, competitionId) ? this.committed.get(competitionId) : this.publicLog.state(competitionId);
  }

  /** What a screen starts from when it subscribes far behind: spectators get the light copy. */
  snapshot(principal: Principal | null, competitionId: string): CompetitionState {
    return seesEverything(principal, competitionId) ? this.committed.get(competitionId) : spectatorSnapshot(this.publicLog.state(competitionId));
  }

  eventsSince(principal: Principal | null, competitionId: string, seq: number, limit?: number): PublicEvent[] {
    return seesEverything(principal, competitionId)
      ? this.committed.eventsSince(competitionId, seq, limit)
      : this.publicLog.eventsSince(competitionId, seq, limit);
  }
}
