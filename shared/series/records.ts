import { deviationMm } from '../disciplines/placement/score.ts';
import { disciplineOf, type DisciplineKind } from '../disciplines/registry.ts';
import { computeStandings } from '../scoring/standings.ts';
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

type MeasuresOf = (competitionId: string, state: CompetitionState) => Performance[];

/** Placement: the best lift score, the smallest deviation of a landed lift, the operator score. */
const placementPerformances: MeasuresOf = (competitionId, state) => {
  const rule = state.setup.rule;
  const personOf = new Map(state.setup.operators.map((o) => [o.id, o.personId]));
  const who = (operatorId: string) => {
    const personId = personOf.get(operatorId);
    return { kind: rule.kind, competitionId, operatorId, ...(personId ? { personId } : {}) };
  };
  const out: Performance[] = [];
  for (const lift of Object.values(state.lifts)) {
    if (lift.voided) continue;
    const operatorId = state.heats[lift.heatId]?.operatorId;
    if (!operatorId) continue;
    const score = disciplineOf(rule).liftScore(rule, lift.value);
    if (score !== null && score > 0) out.push({ ...who(operatorId), measure: 'liftScore', value: score, higherIsBetter: true });
    if (!lift.value.dropped) out.push({ ...who(operatorId), measure: 'deviationMm', value: deviationMm(lift.value), higherIsBetter: false });
  }
  for (const row of computeStandings(state).operators) {
    // Nobody holds a record of 0 (an operator who has not lifted yet).
    if (row.score > 0) out.push({ ...who(row.operatorId), measure: 'operatorScore', value: row.score, higherIsBetter: true });
  }
  return out;
};

/** Kind → its measures; a new kind adds a line (its own `netTimeS`, accounting's score). */
const MEASURES: Record<DisciplineKind, MeasuresOf> = { placement: placementPerformances };

/** Every performance of a competition, as the public may know it. */
export const performancesOf = (competitionId: string, state: CompetitionState): Performance[] => MEASURES[state.setup.rule.kind](competitionId, state);

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
