import { useLayoutEffect, useRef } from 'react';
import type { OperatorStanding } from '../../shared/scoring/standings.ts';

/**
 * How each operator's rank moved at the last change of their place (+ = up), and a FLIP
 * animation: rows that changed place slide from where they were to where they are now.
 */
export function useRankMoves(operators: OperatorStanding[]) {
  const previousRank = useRef(new Map<string, number>());
  const moves = useRef(new Map<string, number>());
  const rows = useRef(new Map<string, HTMLElement>());
  const previousTop = useRef(new Map<string, number>());

  for (const row of operators) {
    const before = previousRank.current.get(row.operatorId);
    if (before !== undefined && before !== row.rank) moves.current.set(row.operatorId, before - row.rank);
  }

  useLayoutEffect(() => {
    for (const row of operators) previousRank.current.set(row.operatorId, row.rank);
    for (const [id, element] of rows.current) {
      const top = element.getBoundingClientRect().top;
      const before = previousTop.current.get(id);
      previousTop.current.set(id, top);
      if (before === undefined || Math.abs(before - top) < 1) continue;
      element.animate([{ transform: `translateY(${before - top}px)` }, { transform: 'translateY(0)' }], {
        duration: 700,
        easing: 'cubic-bezier(.2,.8,.2,1)',
      });
    }
  }, [operators]);

  const rowRef = (id: string) => (element: HTMLElement | null) => {
    if (element) rows.current.set(id, element);
    else rows.current.delete(id);
  };
  return { move: (id: string) => moves.current.get(id) ?? 0, rowRef };
}
