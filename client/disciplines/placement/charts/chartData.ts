import { placementRule } from '../../../../shared/disciplines/placement/rule.ts';
import { firstDiscipline } from '../../single.ts';
import { liftScore } from '../../../../shared/disciplines/placement/score.ts';
import type { PlacementValue } from '../../../../shared/disciplines/placement/reading.ts';
import type { CompetitionState, LiftState } from '../../../../shared/state.ts';
import { computeStandings } from '../../../../shared/scoring/standings.ts';

// The board's placement charts, from a placement competition's state.
type Placement = CompetitionState<PlacementValue>;

export type ChartRow = { index: number } & Record<string, number | null>;

/** Each operator's counted lifts in order: heats in schedule order, then lift index. */
function liftsByOperator(state: Placement): Map<string, LiftState<PlacementValue>[]> {
  const heatOrder = new Map(state.setup.heats.map((h, i) => [h.id, i]));
  const byOperator = new Map<string, LiftState<PlacementValue>[]>(state.setup.operators.map((o) => [o.id, []]));
  for (const lift of Object.values(state.lifts)) {
    if (lift.voided) continue;
    const operatorId = state.heats[lift.heatId]?.operatorId;
    if (operatorId) byOperator.get(operatorId)?.push(lift);
  }
  for (const lifts of byOperator.values()) {
    lifts.sort((a, b) => (heatOrder.get(a.heatId) ?? 0) - (heatOrder.get(b.heatId) ?? 0) || a.index - b.index);
  }
  return byOperator;
}

/** Running average of lift scores per operator: row n holds each operator's mean over their first n lifts (only the `only` operators when given). */
export function runningAverages(state: Placement, only?: readonly string[]): ChartRow[] {
  const rule = placementRule(firstDiscipline(state.setup).rule);
  const rows: ChartRow[] = [];
  const drawn = only && new Set(only);
  for (const [operatorId, lifts] of liftsByOperator(state)) {
    if (drawn && !drawn.has(operatorId)) continue;
    let sum = 0;
    lifts.forEach((lift, i) => {
      sum += liftScore(rule, lift.value);
      const row = (rows[i] ??= { index: i + 1 });
      row[operatorId] = Math.round((sum / (i + 1)) * 100) / 100;
    });
  }
  return thin(rows, MAX_LINE_POINTS);
}

/**
 * The operators whose lines the running-average chart draws: sixty lines are a tangle, so the
 * top `top` of the ranking that have lifted, then the highlighted operator (the latest lift's)
 * when not among them. In ranking order, the highlighted one last.
 */
export function chartedOperators(state: Placement, top: number, highlight?: string): string[] {
  const lifted = new Set([...liftsByOperator(state)].filter(([, lifts]) => lifts.length > 0).map(([id]) => id));
  const leaders = computeStandings(state).operators.map((o) => o.operatorId).filter((id) => lifted.has(id)).slice(0, top);
  return highlight !== undefined && lifted.has(highlight) && !leaders.includes(highlight) ? [...leaders, highlight] : leaders;
}

/** A line needs no more points than a screen can show apart; long contests keep every k-th and the last. */
const MAX_LINE_POINTS = 60;
function thin(rows: ChartRow[], max: number): ChartRow[] {
  if (rows.length <= max) return rows;
  const step = Math.ceil(rows.length / max);
  return rows.filter((_, i) => i % step === 0 || i === rows.length - 1);
}

export interface LandingPoint {
  dxMm: number;
  dyMm: number;
  operatorId: string;
}

/**
 * Where each landed container sat relative to its slot, by team (dropped and voided lifts
 * have no landing); at most `max` points, the latest ones.
 */
export function landingPoints(state: Placement, max = Infinity): Map<string, LandingPoint[]> {
  const teamOf = new Map(state.setup.operators.map((o) => [o.id, o.teamId]));
  const byTeam = new Map<string, LandingPoint[]>(state.setup.teams.map((t) => [t.id, []]));
  const landed = Object.values(state.lifts).filter((l) => !l.voided && !l.value.dropped);
  const latest = landed.length > max ? landed.sort((a, b) => b.lastAt.localeCompare(a.lastAt)).slice(0, max) : landed;
  for (const l of latest) {
    const operatorId = state.heats[l.heatId]?.operatorId ?? '';
    byTeam.get(teamOf.get(operatorId) ?? '')?.push({ dxMm: l.value.dxMm, dyMm: l.value.dyMm, operatorId });
  }
  return byTeam;
}

/** Mean lift score per team for each lift index (1..liftsPerHeat), over all the team's heats. */
export function teamComparison(state: Placement): ChartRow[] {
  const rule = placementRule(firstDiscipline(state.setup).rule);
  const teamOf = new Map(state.setup.operators.map((o) => [o.id, o.teamId]));
  const sums = new Map<string, { sum: number; n: number }>();
  for (const lift of Object.values(state.lifts)) {
    if (lift.voided) continue;
    const team = teamOf.get(state.heats[lift.heatId]?.operatorId ?? '');
    if (!team) continue;
    const key = `${team}|${lift.index}`;
    const entry = sums.get(key) ?? { sum: 0, n: 0 };
    entry.sum += liftScore(rule, lift.value);
    entry.n += 1;
    sums.set(key, entry);
  }
  return Array.from({ length: rule.liftsPerHeat }, (_, i) => {
    const row: ChartRow = { index: i + 1 };
    for (const team of state.setup.teams) {
      const entry = sums.get(`${team.id}|${i + 1}`);
      row[team.id] = entry ? Math.round((entry.sum / entry.n) * 100) / 100 : null;
    }
    return row;
  });
}
