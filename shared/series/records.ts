import { disciplineState } from '../disciplines/disciplineState.ts';
import { disciplinesOf } from '../disciplines/ofSetup.ts';
import type { PlacementValue } from '../disciplines/placement/reading.ts';
import { deviationMm } from '../disciplines/placement/score.ts';
import { disciplineOf, type DisciplineKind, type Rule } from '../disciplines/registry.ts';
import { computeStandings, type DisciplineStanding } from '../scoring/standings.ts';
import type { CompetitionState } from '../state.ts';

// Personal bests and records (DESIGN "Series"): one performance per measure of a discipline
// kind, compared across every competition the server knows (its own and its followed ones).

/** What a record is kept of. A kind lists its own measures (transshipment: `netTimeS`, …). */
export type Measure = 'liftScore' | 'deviationMm' | 'operatorScore' | 'netTimeS';

export interface Performance {
  kind: DisciplineKind;
  measure: Measure;
  value: number;
  higherIsBetter: boolean;
  competitionId: string;
  operatorId: string;
  personId?: string;
}

type Who = (operatorId: string) => Pick<Performance, 'kind' | 'competitionId' | 'operatorId' | 'personId'>;
/** One discipline's performances: its state (only its heats), its rule, its ranking rows. */
type MeasuresOf = (state: CompetitionState, rule: Rule, rows: DisciplineStanding['operators'], who: Who) => Performance[];

/**
 * Placement: the best lift score, the smallest deviation of a landed lift, the operator score.
 * Only each operator's best per measure is kept (the first lift to reach it, in log order):
 * records and personal bests compare bests, and a board of 5,000 lifts need not build 10,000
 * objects to find them.
 */
const placementPerformances: MeasuresOf = (state, rule, rows, who) => {
  const best = new Map<string, { order: number; performance: Performance }>();
  const keep = (order: number, operatorId: string, measure: Measure, value: number, higherIsBetter: boolean) => {
    const key = `${operatorId}/${measure}`;
    const held = best.get(key)?.performance;
    if (held && !(higherIsBetter ? value > held.value : value < held.value)) return;
    best.set(key, { order, performance: { ...who(operatorId), measure, value, higherIsBetter } });
  };
  const discipline = disciplineOf(rule);
  let order = 0;
  for (const lift of Object.values(state.lifts)) {
    order++;
    if (lift.voided) continue;
    const operatorId = state.heats[lift.heatId]?.operatorId;
    if (!operatorId) continue;
    const score = discipline.liftScore(rule, lift.value);
    if (score !== null && score > 0) keep(order, operatorId, 'liftScore', score, true);
    const value = lift.value as PlacementValue;
    if (!value.dropped) keep(order, operatorId, 'deviationMm', deviationMm(value), false);
  }
  const lifts = [...best.values()].sort((a, b) => a.order - b.order).map((b) => b.performance);
  return [...lifts, ...scores(rows, who)];
};

/** Nobody holds a record of 0 (an operator who has not started yet). */
const scores = (rows: DisciplineStanding['operators'], who: Who): Performance[] =>
  rows.filter((row) => row.score > 0).map((row) => ({ ...who(row.operatorId), measure: 'operatorScore', value: row.score, higherIsBetter: true }));

/** Transshipment: the best (smallest) net time of an operator who finished. */
const transshipmentPerformances: MeasuresOf = (_state, _rule, rows, who) =>
  rows.flatMap((row) => {
    const netTimeS = (row as { netTimeS?: number | null }).netTimeS;
    return typeof netTimeS === 'number' ? [{ ...who(row.operatorId), measure: 'netTimeS' as const, value: netTimeS, higherIsBetter: false }] : [];
  });

/** Kind → its measures; a new kind adds a line. Accounting keeps the best exam score. */
const MEASURES: Record<DisciplineKind, MeasuresOf> = {
  placement: placementPerformances,
  transshipment: transshipmentPerformances,
  accounting: (_state, _rule, rows, who) => scores(rows, who),
};

/** Every performance of a competition, discipline by discipline, as the public may know it. */
export function performancesOf(competitionId: string, state: CompetitionState): Performance[] {
  const personOf = new Map(state.setup.operators.map((o) => [o.id, o.personId]));
  const standings = computeStandings(state);
  return disciplinesOf(state.setup).flatMap((d) => {
    const who: Who = (operatorId) => {
      const personId = personOf.get(operatorId);
      return { kind: d.kind, competitionId, operatorId, ...(personId ? { personId } : {}) };
    };
    const rows = standings.disciplines.find((s) => s.disciplineId === d.id)?.operators ?? [];
    return MEASURES[d.kind](disciplineState(state, d.id), d.rule, rows, who);
  });
}

const better = (a: Performance, b: Performance): boolean => (a.higherIsBetter ? a.value > b.value : a.value < b.value);

export interface Bests {
  /** The best performance per `kind/measure`. */
  records: Performance[];
  /** The best per `personId/kind/measure` (operators without a personId have none). */
  personalBests: Performance[];
}

/** The best per key; on equal values the first one met keeps it (a record is beaten, not equalled). */
function bestBy(performances: readonly Performance[], key: (p: Performance) => string | null): Performance[] {
  const best = new Map<string, Performance>();
  for (const p of performances) {
    const k = key(p);
    if (k === null) continue;
    const held = best.get(k);
    if (!held || better(p, held)) best.set(k, p);
  }
  return [...best.values()];
}

const measureKey = (p: Pick<Performance, 'kind' | 'measure'>) => `${p.kind}/${p.measure}`;
const personKey = (p: Performance) => (p.personId ? `${p.personId}/${measureKey(p)}` : null);

export function bestsOf(performances: readonly Performance[]): Bests {
  return { records: bestBy(performances, measureKey), personalBests: bestBy(performances, personKey) };
}

export type Mark = 'record' | 'pb';

export interface OperatorMarks {
  operatorId: string;
  marks: { measure: Measure; mark: Mark; value: number }[];
}

/**
 * What falls in this competition against the bests held elsewhere (`others` must not include
 * it): its best per measure beating the record is a record; an operator beating their own best
 * from other competitions is a personal best. A first result is neither: nothing fell.
 */
export function marksIn(competitionId: string, state: CompetitionState, others: Bests): OperatorMarks[] {
  const here = performancesOf(competitionId, state);
  const records = new Map(others.records.map((p) => [measureKey(p), p]));
  const pbs = new Map(others.personalBests.map((p) => [personKey(p), p]));
  const marks = new Map<string, OperatorMarks['marks']>();
  const add = (p: Performance, mark: Mark) => {
    const list = marks.get(p.operatorId) ?? [];
    if (!list.some((m) => m.measure === p.measure && m.mark === mark)) list.push({ measure: p.measure, mark, value: p.value });
    marks.set(p.operatorId, list);
  };
  for (const best of bestBy(here, measureKey)) {
    const held = records.get(measureKey(best));
    if (held && better(best, held)) add(best, 'record');
  }
  for (const best of bestBy(here, personKey)) {
    const held = pbs.get(personKey(best));
    if (held && better(best, held)) add(best, 'pb');
  }
  return [...marks].map(([operatorId, list]) => ({ operatorId, marks: list }));
}
