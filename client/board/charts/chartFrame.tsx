import type { ReactNode } from 'react';
import type { Language } from '../../../shared/schemas/common.ts';
import { Bilingual } from '../Bilingual.tsx';

// The frame every discipline's charts share: a titled panel, and axes, lines and dots sized for the screen.

// Scores cluster near 100 in a good contest: the axis starts a little under the lowest value.
export const SCORE_DOMAIN: [(min: number) => number, number] = [(min) => Math.max(0, Math.floor((min - 5) / 5) * 5), 100];
/**
 * The board's font size in px (the CSS clamp(14px, 1.3vw, 60px); 15px on a phone): recharts
 * takes sizes in px, and a 4K screen needs axes, dots and lines twice as big as a 1080p one.
 */
function boardFontPx(): number {
  return window.innerWidth <= 700 ? 15 : Math.min(60, Math.max(14, window.innerWidth * 0.013));
}
export const scaled = () => {
  const px = boardFontPx();
  return { axisWidth: Math.round(px * 2.6), stroke: Math.max(2, px / 8), dotRadius: Math.round(px * 0.28), icon: Math.round(px * 0.7) };
};
export const AXIS = { stroke: '#8fa6bb', fontSize: '0.8em' };
export const GRID = { stroke: '#1d3a52' };
// Operators of a team share its colour; dashes tell them apart.
export const DASHES = ['', '10 5', '3 4', '14 4 3 4'];

export function Panel({ k, languages, testId, children, data }: { k: string; languages: Language[]; testId: string; children: ReactNode; data: Record<string, string | number> }) {
  const attrs = Object.fromEntries(Object.entries(data).map(([key, v]) => [`data-${key}`, v]));
  return (
    <section className="panel chart" data-testid={testId} {...attrs}>
      <h2>
        <Bilingual k={k} languages={languages} />
      </h2>
      <div className="chart-body">{children}</div>
    </section>
  );
}

