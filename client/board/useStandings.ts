import { useMemo } from 'react';
import { computeStandings, type Standings } from '../../shared/scoring/standings.ts';
import { useLive } from '../live/liveStore.ts';

/** Standings folded from the live state with the shared engine; recomputed only when state changes. */
export function useStandings(): Standings | null {
  const competition = useLive((s) => s.competition);
  return useMemo(() => (competition ? computeStandings(competition) : null), [competition]);
}
