import type { StoredEvent } from '../../shared/events.ts';
import { fold } from '../../shared/reducer.ts';
import type { CompetitionState } from '../../shared/state.ts';

/** The live state and what public screens may see of it. */
export interface Folded {
  live: CompetitionState | null;
  /** The state as of `board.frozen` while public screens are frozen; the live state otherwise. Null: not known yet. */
  public: CompetitionState | null;
}

/**
 * Folds events into both states with the shared reducer. While frozen, the public state
 * stays at the `board.frozen` event (which changes no standing); a reveal makes it live again.
 */
export function foldBoth(from: Folded, events: readonly StoredEvent[]): Folded {
  const fresh = events.filter((event) => !from.live || event.seq > from.live.lastSeq); // skip what we have
  let { live, public: shown } = from;
  // Fold in runs that end where what the public sees may change (a freeze or a reveal), so a
  // run copies the state's maps once and `shown` never aliases a state still being folded.
  let start = 0;
  fresh.forEach((event, i) => {
    const last = i === fresh.length - 1;
    if (!last && event.type !== 'board.frozen' && event.type !== 'board.revealed') return;
    live = fold(fresh.slice(start, i + 1), live);
    start = i + 1;
    if (live && (live.frozenAtSeq === null || event.type === 'board.frozen')) shown = live;
  });
  return { live, public: shown };
}

/** After a snapshot: live is the snapshot; the public state is known only when not frozen. */
export const fromSnapshot = (snapshot: CompetitionState): Folded => ({
  live: snapshot,
  public: snapshot.frozenAtSeq === null ? snapshot : null,
});
