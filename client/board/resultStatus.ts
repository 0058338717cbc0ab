import type { CompetitionState } from '../../shared/state.ts';

export type ResultBadge = 'setup' | 'running' | 'provisional' | 'underProtest' | 'official';

/**
 * The badge over the results. "Under protest" while results are provisional and the protest
 * window (provisionalAt + protestWindowMin, server time) is open. Kept alone so that lodged
 * protests (another issue) can extend it: e.g. a pending protest keeps it under protest.
 */
export function resultBadge(state: CompetitionState, serverNowMs: number): ResultBadge {
  if (state.status !== 'provisional') return state.status;
  const windowMin = state.setup.rule.protestWindowMin ?? 0;
  if (!state.provisionalAt || windowMin <= 0) return 'provisional';
  const closesAt = Date.parse(state.provisionalAt) + windowMin * 60_000;
  return serverNowMs < closesAt ? 'underProtest' : 'provisional';
}
