import { foldPublic } from '../../shared/public/publicFold.ts';
import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import { sealedDisciplines } from '../../shared/public/sealed.ts';
import type { CompetitionState } from '../../shared/state.ts';

/** The live state and what public screens may see of it. */
export interface Folded {
  live: CompetitionState | null;
  /** The state as of `board.frozen` while public screens are frozen; the live state otherwise. Null: not known yet. */
  public: CompetitionState | null;
  /**
   * Set when a reveal arrived while this screen holds withheld copies (an anonymous screen):
   * the values come from the server again, from this seq (the freeze) on. Null: refold from the
   * start (the unseal of an exam: its answers lie anywhere in the log).
   */
  resyncFrom?: number | null;
}

const holdsWithheld = (state: CompetitionState | null): boolean => Object.keys(state?.withheldLifts ?? {}).length > 0;

/**
 * Whether the last heat of a sealed exam was just confirmed while this screen holds withheld
 * copies of its answers: the public may see them now, and only the server has them.
 */
function unsealed(before: CompetitionState | null, after: CompetitionState | null): boolean {
  if (!before || !after || !after.withheldAnswers) return false;
  const opened = [...sealedDisciplines(before)].filter((id) => !sealedDisciplines(after).has(id));
  return opened.some((id) => Object.values(after.heats).some((h) => h.disciplineId === id && (after.withheldAnswers?.[h.id] ?? 0) > 0));
}

/**
 * Folds events into both states with the shared reducer. While frozen, the public state
 * stays at the `board.frozen` event (which changes no standing); a reveal makes it live again.
 * An anonymous screen gets withheld copies while frozen; at the reveal it goes back to the
 * freeze and asks for the events since, now in full, so rank changes show as one moment.
 */
export function foldBoth(from: Folded, events: readonly PublicEvent[]): Folded {
  const fresh = events.filter((event) => !from.live || event.seq > from.live.lastSeq); // skip what we have
  let { live, public: shown } = from;
  // Fold in runs that end where what the public sees may change (a freeze or a reveal), so a
  // run copies the state's maps once and `shown` never aliases a state still being folded.
  let start = 0;
  for (const [i, event] of fresh.entries()) {
    const last = i === fresh.length - 1;
    if (!last && event.type !== 'board.frozen' && event.type !== 'board.revealed' && event.type !== 'heat.confirmed') continue;
    if (event.type === 'board.revealed') {
      // The run before the reveal may hold withheld copies too: fold it first, then look.
      live = foldPublic(fresh.slice(start, i), live);
      start = i;
      if (holdsWithheld(live)) return { live: shown, public: shown, resyncFrom: shown ? shown.lastSeq : null };
    }
    const before = live;
    live = foldPublic(fresh.slice(start, i + 1), live);
    start = i + 1;
    // An exam unsealed: like a reveal, but from the start (the screen keeps what it shows meanwhile).
    if (event.type === 'heat.confirmed' && unsealed(before, live)) return { live, public: shown, resyncFrom: null };
    if (live && (live.frozenAtSeq === null || event.type === 'board.frozen')) shown = live;
  }
  return { live, public: shown };
}

/** After a snapshot: live is the snapshot; the public state is known only when not frozen. */
export const fromSnapshot = (snapshot: CompetitionState): Folded => ({
  live: snapshot,
  public: snapshot.frozenAtSeq === null ? snapshot : null,
});
