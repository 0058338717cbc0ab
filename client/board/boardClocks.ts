import type { LocalizedName } from '../../shared/schemas/common.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import { BORDER_TIME_ZONES } from '../i18n/format.ts';

/** A clock on the board header: its zone and what it is called (the setup's name, or a locale key). */
export interface BoardClock {
  timeZone: string;
  label: { name: LocalizedName } | { key: string };
}

const CHINA: BoardClock = { timeZone: BORDER_TIME_ZONES.china, label: { key: 'clockChina' } };
const KAZAKHSTAN: BoardClock = { timeZone: BORDER_TIME_ZONES.kazakhstan, label: { key: 'clockKazakhstan' } };

/**
 * The board's clocks: the setup's own when it names them; else the venue's zone first and the
 * other side of the border second (a venue in China: Beijing and Astana; elsewhere the venue,
 * by its name, and Beijing); a setup with no zone at all gets the border pair.
 */
export function boardClocks(setup: Pick<CompetitionSetup, 'clocks' | 'timeZone' | 'venue' | 'name'>): BoardClock[] {
  if (setup.clocks?.length) return setup.clocks.map((c) => ({ timeZone: c.timeZone, label: { name: c.label } }));
  const zone = setup.timeZone;
  if (!zone || zone === CHINA.timeZone) return [CHINA, KAZAKHSTAN];
  if (zone === KAZAKHSTAN.timeZone) return [KAZAKHSTAN, CHINA];
  return [{ timeZone: zone, label: { name: setup.venue ?? setup.name } }, CHINA];
}

// A formatter is costly to make and the board asks every second for each clock.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  return format;
}

/** "UTC+8", "UTC+5", "UTC−4", "UTC+5:30": the zone's offset at that moment (summer time included). */
export function utcOffset(ms: number, timeZone: string): string {
  const part = offsetFormat(timeZone).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(part);
  const [, sign, hh, mm] = m ?? [];
  if (!hh || (hh === '00' && mm === '00')) return 'UTC';
  return `UTC${sign === '-' ? '−' : '+'}${Number(hh)}${mm === '00' ? '' : `:${mm}`}`;
}
