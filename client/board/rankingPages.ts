import { createElement } from 'react';
import { disciplinesOf, heatIdsOf } from '../../shared/disciplines/ofSetup.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import type { RankingColumn } from '../disciplines/discipline.ts';
import { disciplineLabel } from '../disciplines/label.ts';
import { disciplineView } from '../disciplines/registry.ts';
import { SealedMark } from '../disciplines/SealedMark.tsx';
import { formatScore } from '../i18n/format.ts';

/** A ranked row as the table draws it: rank, operator, team and whatever its columns read. */
export interface RankedRow {
  rank: number;
  operatorId: string;
  teamId: string;
}

/** One ranking the board shows: the overall one, or a discipline's. */
export interface RankingPage {
  /** `overall`, or the discipline's id. */
  key: string;
  /** The panel's title: a board label key, or a discipline's name in each language. */
  title: { k: string } | { name: (language: Language) => string };
  operators: RankedRow[];
  columns: RankingColumn<RankedRow>[];
  /** The discipline's marks are withheld from this screen (a sealed exam). */
  sealed: boolean;
  /** A ranking too long for the screen is shown in parts: this is part `index` (0-based) of `count`. */
  part?: { index: number; count: number };
}

/** Whether this state holds answers of the discipline it may not show (the public copy while sealed). */
const sealedIn = (state: CompetitionState, disciplineId: string): boolean =>
  heatIdsOf(state.setup, disciplineId).some((heatId) => (state.withheldAnswers?.[heatId] ?? 0) > 0);

/**
 * The rankings in the order the board rotates through them. One discipline: its ranking alone,
 * exactly as before disciplines existed. Several: the overall ranking (weighted score and each
 * discipline's points), then each discipline's with its own columns.
 */
export function rankingPages(shown: CompetitionState, standings: Standings): RankingPage[] {
  const list = disciplinesOf(shown.setup);
  const only = list.length === 1 ? list[0] : undefined;
  if (only) {
    const columns = disciplineView(only.rule).rankingColumns as unknown as RankingColumn<RankedRow>[];
    return [{ key: 'overall', title: { k: 'ranking' }, operators: standings.operators, columns, sealed: sealedIn(shown, only.id) }];
  }
  const overallColumns: RankingColumn<RankedRow>[] = [
    ...list.map((d): RankingColumn<RankedRow> => {
      const sealed = sealedIn(shown, d.id);
      return {
        key: `points-${d.id}`,
        header: (language) => disciplineLabel(d, language),
        cell: (row, lang) => (sealed ? createElement(SealedMark) : formatScore(pointsOf(row, d.id), lang)),
        testId: (row) => `points-${d.id}-${row.operatorId}`,
      };
    }),
    {
      key: 'overallScore',
      cell: (row, lang) => formatScore((row as RankedRow & { score: number }).score, lang),
      testId: (row) => `overall-${row.operatorId}`,
    },
  ];
  const overall: RankingPage = { key: 'overall', title: { k: 'overall' }, operators: standings.operators, columns: overallColumns, sealed: false };
  const pages = list.map((d): RankingPage => {
    const ranked = standings.disciplines.find((s) => s.disciplineId === d.id)?.operators ?? [];
    const columns = disciplineView(d.rule).rankingColumns as unknown as RankingColumn<RankedRow>[];
    return { key: d.id, title: { name: (language) => disciplineLabel(d, language) }, operators: ranked, columns, sealed: sealedIn(shown, d.id) };
  });
  return [overall, ...pages];
}

const pointsOf = (row: RankedRow, disciplineId: string): number => (row as RankedRow & { disciplines?: Record<string, number> }).disciplines?.[disciplineId] ?? 0;

