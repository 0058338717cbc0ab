import type { MouseEvent } from 'react';

const RANGE_MM = 200; // the drawing spans ±200 mm around the slot's centre
const SIZE = 220;

/**
 * The target slot seen from above: tap where the container's centre landed and dx/dy
 * follow (right = +dx, up = +dy). Rings every 50 mm; the inner ring is full marks.
 */
export function SlotTarget({ dxMm, dyMm, fullMarksWithinMm, onPick }: { dxMm: number; dyMm: number; fullMarksWithinMm: number; onPick(dx: number, dy: number): void }) {
  const scale = SIZE / 2 / RANGE_MM;
  const pick = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * SIZE - SIZE / 2;
    const y = ((e.clientY - box.top) / box.height) * SIZE - SIZE / 2;
    onPick(Math.round(x / scale), Math.round(-y / scale));
  };
  const px = Math.max(-RANGE_MM, Math.min(RANGE_MM, dxMm)) * scale;
  const py = -Math.max(-RANGE_MM, Math.min(RANGE_MM, dyMm)) * scale;
  return (
    <svg className="slot-target" data-testid="slot-target" viewBox={`${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`} onClick={pick} role="img">
      <rect x={-SIZE / 2} y={-SIZE / 2} width={SIZE} height={SIZE} className="slot-bg" />
      {[50, 100, 150, 200].map((r) => (
        <circle key={r} r={r * scale} className="slot-ring" />
      ))}
      <circle r={Math.max(2, fullMarksWithinMm * scale)} className="slot-full" />
      <line x1={-SIZE / 2} x2={SIZE / 2} y1={0} y2={0} className="slot-axis" />
      <line y1={-SIZE / 2} y2={SIZE / 2} x1={0} x2={0} className="slot-axis" />
      <rect x={px - 14} y={py - 6} width={28} height={12} className="slot-box" />
      <circle cx={px} cy={py} r={3} className="slot-dot" />
    </svg>
  );
}
