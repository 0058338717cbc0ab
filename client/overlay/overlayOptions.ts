export const OVERLAY_VIEWS = ['heat', 'ranking', 'duel'] as const;
export type OverlayView = (typeof OVERLAY_VIEWS)[number];

export interface OverlayOptions {
  view: OverlayView;
  /** Keep every pixel inside the 90% title-safe area (no band bleeding to the frame edge). */
  safe: boolean;
  /** A heat pinned by the producer; else the overlay follows the action. */
  heatId: string | null;
}

const isView = (v: string | null): v is OverlayView => (OVERLAY_VIEWS as readonly string[]).includes(v ?? '');

/** `?view=heat|ranking|duel&safe=1&heat=h3` (with `?lang=zh,kk` read by the i18n module). */
export function overlayOptionsFromQuery(search: string): OverlayOptions {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const safe = params.get('safe');
  return { view: isView(view) ? view : 'heat', safe: safe === '1' || safe === 'true', heatId: params.get('heat') || null };
}
