// The running-heats panel on the big screen shows every running heat at once: more heats, more
// columns and smaller cards, so none is cut at the panel's edge. Sized for the heats view's
// panel at 1920×1080 (about 1220 × 830 px, a card about 18 × 9 em at the board's font).

export interface HeatGrid {
  columns: number;
  rows: number;
  /** The cards' font size relative to the board's. */
  scale: number;
}

const STEPS: { upTo: number; columns: number; scale: number }[] = [
  { upTo: 2, columns: 1, scale: 1 },
  { upTo: 4, columns: 2, scale: 1 },
  { upTo: 6, columns: 3, scale: 0.95 },
  { upTo: 9, columns: 3, scale: 0.85 },
  { upTo: 12, columns: 4, scale: 0.72 },
  { upTo: 16, columns: 4, scale: 0.6 },
  { upTo: 20, columns: 5, scale: 0.52 },
];

/** Columns, rows and card scale for this many running heats. */
export function heatGrid(count: number): HeatGrid {
  const step = STEPS.find((s) => count <= s.upTo) ?? { columns: 6, scale: 0.45 };
  return { columns: step.columns, rows: Math.max(1, Math.ceil(count / step.columns)), scale: step.scale };
}
