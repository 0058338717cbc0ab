import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * How each operator's rank moved at the last change of their place (+ = up), and a FLIP
 * animation: rows that changed place slide from where they were to where they are now.
 * Rows are equally tall, so the distance is places × row height; the height comes from a
 * ResizeObserver, because reading positions on every update would force a layout each time
 * (that was most of the cost of an update at 50 lifts/s).
 */
export function useRankMoves(operators: readonly { operatorId: string; rank: number }[]) {
  const previousRank = useRef(new Map<string, number>());
  const moves = useRef(new Map<string, number>());
  const rows = useRef(new Map<string, HTMLElement>());
  const previousPlace = useRef(new Map<string, number>());
  const rowHeight = useRef(0);
  const body = useRef<HTMLTableSectionElement | null>(null);

  for (const row of operators) {
    const before = previousRank.current.get(row.operatorId);
    if (before !== undefined && before !== row.rank) moves.current.set(row.operatorId, before - row.rank);
  }

  useEffect(() => {
    const tbody = body.current;
    if (!tbody) return;
    const observer = new ResizeObserver(([entry]) => {
      const count = tbody.rows.length;
      if (entry && count) rowHeight.current = entry.contentRect.height / count;
    });
    observer.observe(tbody);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    operators.forEach((row, place) => {
      previousRank.current.set(row.operatorId, row.rank);
      const before = previousPlace.current.get(row.operatorId);
      previousPlace.current.set(row.operatorId, place);
      const element = rows.current.get(row.operatorId);
      if (before === undefined || before === place || !element || !rowHeight.current) return;
      element.animate([{ transform: `translateY(${(before - place) * rowHeight.current}px)` }, { transform: 'translateY(0)' }], {
        duration: 700,
        easing: 'cubic-bezier(.2,.8,.2,1)',
      });
    });
  }, [operators]);

  const rowRef = (id: string) => (element: HTMLElement | null) => {
    if (element) rows.current.set(id, element);
    else rows.current.delete(id);
  };
  return { move: (id: string) => moves.current.get(id) ?? 0, rowRef, bodyRef: body };
}
