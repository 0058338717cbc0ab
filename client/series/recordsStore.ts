import { create } from 'zustand';
import type { Bests, OperatorMarks } from '../../shared/series/records.ts';
import { marksIn } from '../../shared/series/records.ts';
import type { CompetitionState } from '../../shared/state.ts';

/** Records held elsewhere change rarely (another venue's lifts): asked for again once a minute. */
const REFRESH_MS = 60_000;

interface RecordsState {
  /** Per competition: the bests of every other competition the server knows. */
  others: Record<string, Bests>;
  load(competitionId: string): void;
}

const loading = new Set<string>();

/**
 * What this competition's results must beat: GET /api/records?exclude=cid. The screen compares
 * its own live state with it, so a record or a personal best shows the moment the lift folds in.
 */
export const useRecords = create<RecordsState>()((set, get) => ({
  others: {},
  load(competitionId) {
    if (loading.has(competitionId)) return;
    loading.add(competitionId);
    const fetchOnce = async () => {
      try {
        const res = await fetch(`/api/records?exclude=${encodeURIComponent(competitionId)}`);
        if (res.ok) set({ others: { ...get().others, [competitionId]: (await res.json()) as Bests } });
      } catch {
        // Offline: the badges wait for the next try; the board itself is unaffected.
      }
      setTimeout(() => void fetchOnce(), REFRESH_MS);
    };
    void fetchOnce();
  },
}));

/** One computation per shown state, shared by every row that asks. */
const computed = new WeakMap<CompetitionState, { others: Bests; marks: Map<string, OperatorMarks['marks']> }>();

export function marksOf(competition: CompetitionState, others: Bests | undefined, operatorId: string): OperatorMarks['marks'] {
  if (!others) return [];
  let entry = computed.get(competition);
  if (!entry || entry.others !== others) {
    const marks = new Map(marksIn(competition.setup.id, competition, others).map((m) => [m.operatorId, m.marks]));
    entry = { others, marks };
    computed.set(competition, entry);
  }
  return entry.marks.get(operatorId) ?? [];
}
