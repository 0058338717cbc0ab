import type { Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { useLive } from '../live/liveStore.ts';

/** Who is looking: the public (frozen while the organizer hides results) or staff (always live). */
export type Audience = 'public' | 'staff';

export interface BoardData {
  live: CompetitionState | null;
  shown: CompetitionState | null;
  standings: Standings | null;
  frozen: boolean;
}

export function useBoardData(audience: Audience): BoardData {
  const live = useLive((s) => s.competition);
  const publicState = useLive((s) => s.publicCompetition);
  const liveStandings = useLive((s) => s.standings);
  const publicStandings = useLive((s) => s.publicStandings);
  const isPublic = audience === 'public';
  return {
    live,
    shown: isPublic ? publicState : live,
    standings: isPublic ? publicStandings : liveStandings,
    frozen: isPublic && (live?.frozenAtSeq ?? null) !== null,
  };
}
