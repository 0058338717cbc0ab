import { useEffect, useState } from 'react';
import type { SetupDraft } from '../admin/setupDraft.ts';
import { nextRoundDraft } from './nextRoundDraft.ts';
import { fetchSeriesStandings } from './seriesApi.ts';

/** `?fromSeries=sid&round=rid` on /admin: the setup draft for the round after it, once loaded. */
export function useNextRoundDraft(search: string): SetupDraft | null {
  const [draft, setDraft] = useState<SetupDraft | null>(null);
  const params = new URLSearchParams(search);
  const seriesId = params.get('fromSeries');
  const roundId = params.get('round');
  useEffect(() => {
    if (!seriesId || !roundId) return;
    void fetchSeriesStandings(seriesId).then((standings) => {
      const index = standings.rounds.findIndex((r) => r.id === roundId);
      const round = standings.rounds[index];
      if (!round) return;
      // The next round's first local source names the competition to create, when the series says so.
      const next = standings.rounds[index + 1]?.sources.find((s) => !s.url)?.competitionId ?? `${seriesId}-${roundId}-next`;
      setDraft(nextRoundDraft(round, next));
    });
  }, [seriesId, roundId]);
  return draft;
}
