import { resultsLabel } from '../../shared/results.ts';
import type { CompetitionState } from '../../shared/state.ts';

export type ResultBadge = 'setup' | 'running' | 'provisional' | 'underProtest' | 'official';

/**
 * The badge over the results, from the shared results rule: "under protest" while results
 * are provisional and the protest window is open or a protest is unresolved.
 */
export function resultBadge(state: CompetitionState, serverNowMs: number): ResultBadge {
  if (state.status === 'setup') return 'setup';
  const label = resultsLabel(state, new Date(serverNowMs).toISOString());
  return label === 'under_protest' ? 'underProtest' : label;
}
