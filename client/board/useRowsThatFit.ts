import { useEffect, useRef, type RefObject } from 'react';
import { rowsThatFit } from './rankingParts.ts';

/**
 * Reports how many ranking rows fit in the panel when the rows run past its bottom (the board
 * then shows the ranking in parts). Measured in a ResizeObserver, so a busy contest's updates
 * force no extra layout; a ranking that fits reports nothing.
 */
export function useRowsThatFit(panel: RefObject<HTMLElement | null>, body: RefObject<HTMLTableSectionElement | null>, report?: (rows: number) => void) {
  const latest = useRef(report);
  latest.current = report;
  const enabled = report !== undefined;
  useEffect(() => {
    const section = panel.current;
    const tbody = body.current;
    if (!enabled || !section || !tbody) return;
    const measure = () => {
      const rows = [...tbody.rows];
      const last = rows.at(-1);
      if (!last) return;
      const bottom = section.getBoundingClientRect().bottom - parseFloat(getComputedStyle(section).paddingBottom);
      if (last.getBoundingClientRect().bottom <= bottom + 0.5) return;
      latest.current?.(rowsThatFit(bottom - tbody.getBoundingClientRect().top, rows.map((r) => r.getBoundingClientRect().height)));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(section);
    observer.observe(tbody);
    return () => observer.disconnect();
  }, [panel, body, enabled]);
}
