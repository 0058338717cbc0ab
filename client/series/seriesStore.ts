import { create } from 'zustand';
import { fetchSeriesStandings, type SeriesStandingsView } from './seriesApi.ts';

/** How often the series board asks again: standings across venues move at the pace of lifts. */
export const POLL_MS = 2_000;

interface SeriesState {
  standings: SeriesStandingsView | null;
  /** When the last answer arrived (device time); a board older than a few polls says so. */
  receivedAt: number | null;
  error: string | null;
  follow(seriesId: string): () => void;
}

/**
 * The series board's data: polled, because the hub already holds every venue's verified copy
 * and one small JSON every two seconds is the simplest robust thing. A failed poll keeps the
 * last answer on screen: a venue or the hub going quiet never blanks the board.
 */
export const useSeries = create<SeriesState>()((set) => ({
  standings: null,
  receivedAt: null,
  error: null,
  follow(seriesId) {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const standings = await fetchSeriesStandings(seriesId);
        if (!stopped) set({ standings, receivedAt: Date.now(), error: null });
      } catch (error) {
        if (!stopped) set({ error: error instanceof Error ? error.message : String(error) });
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  },
}));
