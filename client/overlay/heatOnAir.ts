import type { CompetitionState, HeatState, LiftState } from '../../shared/state.ts';
import { liftsOfHeat } from '../board/heatData.ts';

/** The heat the lower third shows, with what the public may see of it. */
export interface HeatOnAir {
  heat: HeatState;
  /** Lifts recorded in the heat, withheld ones included (while frozen the public sees that they happened). */
  liftsDone: number;
  /** Lifts recorded since the freeze, whose values the public does not see yet. */
  withheld: number;
  /** The latest lift whose value the public may see. */
  last: LiftState | null;
}

const newestFirst = (a: LiftState, b: LiftState) => b.lastAt.localeCompare(a.lastAt) || b.index - a.index;

/** When a heat last did something the public can see: its latest visible lift, else its start. */
function lastActivity(shown: CompetitionState, heat: HeatState): string {
  const latest = liftsOfHeat(shown, heat.id).sort(newestFirst)[0]?.lastAt ?? '';
  const started = heat.startedAt ?? '';
  return latest > started ? latest : started;
}

/**
 * The pinned heat if given; else the running heat with the latest action (several cranes
 * work at once, and the camera follows the action); else the most recently finished one.
 * Heat status comes from `live` (a start or finish is no result); lifts from `shown`.
 */
export function heatOnAir(live: CompetitionState, shown: CompetitionState, pinnedHeatId: string | null): HeatOnAir | null {
  const heats = live.setup.heats.map((h) => live.heats[h.id]).filter((h): h is HeatState => h !== undefined);
  const pinned = pinnedHeatId ? heats.find((h) => h.id === pinnedHeatId) : undefined;
  const running = heats.filter((h) => h.status === 'running').sort((a, b) => lastActivity(shown, b).localeCompare(lastActivity(shown, a)));
  const finished = heats
    .filter((h) => h.status === 'finished' || h.status === 'confirmed')
    .sort((a, b) => (b.finishedAt ?? '').localeCompare(a.finishedAt ?? ''));
  const heat = pinned ?? running[0] ?? finished[0];
  if (!heat) return null;
  const lifts = liftsOfHeat(shown, heat.id).sort(newestFirst);
  const withheld = live.withheldLifts?.[heat.id] ?? 0;
  return { heat, liftsDone: lifts.length + withheld, withheld, last: lifts[0] ?? null };
}
