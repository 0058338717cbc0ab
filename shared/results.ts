import { protestWindowMin } from './disciplines/ofSetup.ts';
import type { CompetitionState } from './state.ts';

// The results workflow (DESIGN.md "Results"): provisional once every heat is confirmed,
// a protest window from that moment, then official when an organizer signs off.
// Time comes in as an argument (ISO string); nothing here reads a clock.

export type ResultsLabel = 'running' | 'provisional' | 'under_protest' | 'official';

/** When the protest window closes: provisionalAt + rule.protestWindowMin, or null before provisional. */
export function protestWindowEndsAt(state: CompetitionState): string | null {
  if (!state.provisionalAt) return null;
  return new Date(Date.parse(state.provisionalAt) + protestWindowMin(state.setup) * 60_000).toISOString();
}

/** The window is open from provisionalAt (inclusive) until its end (exclusive); 0 minutes = never open. */
export function protestWindowOpen(state: CompetitionState, now: string): boolean {
  const endsAt = protestWindowEndsAt(state);
  return state.status === 'provisional' && endsAt !== null && Date.parse(now) < Date.parse(endsAt);
}

export const unresolvedProtests = (state: CompetitionState) => Object.values(state.protests).filter((p) => p.resolution === null);

/**
 * What the board shows: `under_protest` while results are provisional and the window is
 * open or a protest is unresolved; `running` before every heat is confirmed.
 */
export function resultsLabel(state: CompetitionState, now: string): ResultsLabel {
  switch (state.status) {
    case 'official':
      return 'official';
    case 'provisional':
      return protestWindowOpen(state, now) || unresolvedProtests(state).length > 0 ? 'under_protest' : 'provisional';
    default:
      return 'running';
  }
}

/**
 * Why results cannot be signed off now, each reason a sentence for the organizer; empty
 * when sign-off is allowed. Order: heats, disputes, protests, window.
 */
export function signOffBlockers(state: CompetitionState, now: string): string[] {
  if (state.status === 'official') return ['results are already official'];
  const blockers: string[] = [];
  const open = Object.values(state.heats).filter((h) => h.status !== 'confirmed');
  if (open.length) blockers.push(`heats not confirmed: ${open.map((h) => h.id).join(', ')}`);
  const disputed = Object.values(state.lifts).filter((l) => l.disputed);
  if (disputed.length) blockers.push(`disputed lifts: ${disputed.map((l) => l.key).join(', ')}`);
  const protests = unresolvedProtests(state);
  if (protests.length) blockers.push(`unresolved protests: ${protests.map((p) => p.id).join(', ')}`);
  if (protestWindowOpen(state, now)) blockers.push(`the protest window is open until ${protestWindowEndsAt(state)}`);
  return blockers;
}
