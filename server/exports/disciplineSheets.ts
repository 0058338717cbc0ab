import type { Cell, ExportColumn, Header, PdfColumn } from '../../shared/disciplines/discipline.ts';
import { disciplinesOf } from '../../shared/disciplines/ofSetup.ts';
import { disciplineOf, type DisciplineResult } from '../../shared/disciplines/registry.ts';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import type { DisciplineStanding } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { COMMON_LIFT_COLUMNS, H } from './columns.ts';

// Each discipline's part of an export: its ranking with its module's columns, its lifts, and
// the answers of accounting heats. Exports print them beside the overall ranking.

export interface Sheet {
  headers: Header[];
  rows: Cell[][];
}

export interface DisciplineSheet {
  disciplineId: string;
  kind: string;
  name?: LocalizedName;
  weight: number;
  /** Rank, operator, team, then the module's result columns. */
  ranking: Sheet;
  /** The printed table: the module's pdf columns after rank, bib and operator. */
  pdf: { columns: PdfColumn<DisciplineResult>[]; rows: { rank: number; operatorId: string; bib: string; result: DisciplineResult }[] };
  /** Its lifts, in heat order then by index; null for a discipline without lifts. */
  lifts: Sheet | null;
}

const ANSWER_H = {
  task: { zh: '题目', kk: 'Тапсырма', ru: 'Задание', en: 'Task' },
  value: { zh: '答案', kk: 'Жауап', ru: 'Ответ', en: 'Value' },
  points: { zh: '得分', kk: 'Ұпай', ru: 'Баллы', en: 'Points' },
  maxPoints: { zh: '满分', kk: 'Ең жоғары', ru: 'Макс.', en: 'Max points' },
  corrections: { zh: '更正', kk: 'Түзетулер', ru: 'Исправления', en: 'Corrections' },
} satisfies Record<string, Header>;

export function disciplineSheets(state: CompetitionState, standings: readonly DisciplineStanding[]): DisciplineSheet[] {
  const { setup } = state;
  const operatorById = new Map(setup.operators.map((o) => [o.id, o]));
  const heatOrder = new Map(setup.heats.map((h, i) => [h.id, i]));
  return disciplinesOf(setup).map((d) => {
    const module = disciplineOf(d.rule);
    const rows = standings.find((s) => s.disciplineId === d.id)?.operators ?? [];
    const resultColumns: ExportColumn<DisciplineResult>[] = module.exports.resultColumns;
    const ranking: Sheet = {
      headers: [H.rank, H.bib, H.operatorId, H.teamId, ...resultColumns.map((c) => c.header)],
      rows: rows.map((r) => [r.rank, operatorById.get(r.operatorId)?.bib ?? '', r.operatorId, r.teamId, ...resultColumns.map((c) => c.value(r))]),
    };
    const liftColumns = module.exports.liftColumns(d.rule, COMMON_LIFT_COLUMNS);
    const lifts = Object.values(state.lifts)
      .filter((lift) => state.heats[lift.heatId]?.disciplineId === d.id)
      .sort((a, b) => (heatOrder.get(a.heatId) ?? 0) - (heatOrder.get(b.heatId) ?? 0) || a.index - b.index)
      .map((lift) => {
        const heat = state.heats[lift.heatId];
        const row = { lift, operatorId: heat?.operatorId ?? '', bib: operatorById.get(heat?.operatorId ?? '')?.bib ?? '', craneId: heat?.craneId ?? '' };
        return liftColumns.map((column) => column.value(row));
      });
    return {
      disciplineId: d.id,
      kind: d.kind,
      ...(d.name ? { name: d.name } : {}),
      weight: d.weight,
      ranking,
      pdf: {
        columns: module.exports.pdfColumns,
        rows: rows.map((r) => ({ rank: r.rank, operatorId: r.operatorId, bib: operatorById.get(r.operatorId)?.bib ?? '', result: r })),
      },
      lifts: module.takesLifts ? { headers: liftColumns.map((c) => c.header), rows: lifts } : null,
    };
  });
}

/** Every accounting answer the reader may see (none of a sealed discipline for the public). */
export function answerSheet(state: CompetitionState): Sheet | null {
  const accounting = disciplinesOf(state.setup).filter((d) => d.rule.kind === 'accounting');
  if (!accounting.length) return null;
  const operatorById = new Map(state.setup.operators.map((o) => [o.id, o]));
  const heatOrder = new Map(state.setup.heats.map((h, i) => [h.id, i]));
  const maxPoints = (disciplineId: string, taskId: string) => {
    const rule = accounting.find((d) => d.id === disciplineId)?.rule;
    return rule?.kind === 'accounting' ? (rule.tasks.find((t) => t.id === taskId)?.maxPoints ?? null) : null;
  };
  const rows = Object.values(state.answers)
    .sort((a, b) => (heatOrder.get(a.heatId) ?? 0) - (heatOrder.get(b.heatId) ?? 0) || a.taskId.localeCompare(b.taskId))
    .map((a): Cell[] => {
      const heat = state.heats[a.heatId];
      const operatorId = heat?.operatorId ?? '';
      return [
        a.heatId,
        operatorId,
        operatorById.get(operatorId)?.bib ?? '',
        a.taskId,
        a.value,
        a.points,
        maxPoints(heat?.disciplineId ?? '', a.taskId),
        a.history.filter((h) => h.kind === 'correction').length,
      ];
    });
  return {
    headers: [H.heat, H.operatorId, H.bib, ANSWER_H.task, ANSWER_H.value, ANSWER_H.points, ANSWER_H.maxPoints, ANSWER_H.corrections],
    rows,
  };
}
