import type { StoredEvent } from '../../shared/events.ts';
import { apply } from '../../shared/reducer.ts';
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
  let { live, public: shown } = from;
  for (const event of events) {
    if (live && event.seq <= live.lastSeq) continue; // already have it
    live = apply(live, event);
    if (live.frozenAtSeq === null || event.type === 'board.frozen') shown = live;
  }
  return { live, public: shown };
}

/** After a snapshot: live is the snapshot; the public state is known only when not frozen. */
export const fromSnapshot = (snapshot: CompetitionState): Folded => ({
  live: snapshot,
  public: snapshot.frozenAtSeq === null ? snapshot : null,
});
