import type { CompetitionState } from './state.ts';

/**
 * `derive` computed once per state however many parts of a screen ask. Keyed by the object and
 * its seq: states are new objects per event, except the server's write path, which folds a
 * batch into one draft in place — and every event it applies moves `lastSeq`.
 */
export function memoByState<T>(derive: (state: CompetitionState) => T): (state: CompetitionState) => T {
  const known = new WeakMap<CompetitionState, { seq: number; value: T }>();
  return (state) => {
    const hit = known.get(state);
    if (hit?.seq === state.lastSeq) return hit.value;
    const value = derive(state);
    known.set(state, { seq: state.lastSeq, value });
    return value;
  };
}
