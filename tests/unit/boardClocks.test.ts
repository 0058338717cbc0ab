import { describe, expect, it } from 'vitest';
import { boardClocks, utcOffset } from '../../client/board/boardClocks.ts';

const name = { en: 'Contest' };
const venue = { en: 'Tashkent terminal' };
const zones = (setup: Parameters<typeof boardClocks>[0]) => boardClocks(setup).map((c) => c.timeZone);

describe('board clocks', () => {
  it.each([
    ['no zone: the border pair as before', { name }, ['Asia/Shanghai', 'Etc/GMT-5']],
    ['a venue in China: Beijing, then Kazakhstan', { name, timeZone: 'Asia/Shanghai' }, ['Asia/Shanghai', 'Etc/GMT-5']],
    ['a venue on Kazakh time: Kazakhstan first', { name, timeZone: 'Etc/GMT-5' }, ['Etc/GMT-5', 'Asia/Shanghai']],
    ['a venue elsewhere: its own zone, then Beijing', { name, venue, timeZone: 'Asia/Tashkent' }, ['Asia/Tashkent', 'Asia/Shanghai']],
    ['the setup names its clocks: those, in order', { name, timeZone: 'Asia/Shanghai', clocks: [{ timeZone: 'Asia/Almaty', label: { en: 'KZ' } }] }, ['Asia/Almaty']],
  ])('%s', (_case, setup, expected) => {
    expect(zones(setup)).toEqual(expected);
  });

  it('labels a named clock with its setup name, a venue clock with the venue', () => {
    expect(boardClocks({ name, clocks: [{ timeZone: 'UTC', label: { ru: 'Гринвич' } }] })[0]?.label).toEqual({ name: { ru: 'Гринвич' } });
    expect(boardClocks({ name, venue, timeZone: 'Asia/Tashkent' })[0]?.label).toEqual({ name: venue });
    expect(boardClocks({ name })[1]?.label).toEqual({ key: 'clockKazakhstan' });
  });

  it.each([
    // 2025-01-15T12:00Z: winter everywhere in the north.
    [Date.UTC(2025, 0, 15, 12), 'Asia/Shanghai', 'UTC+8'],
    [Date.UTC(2025, 0, 15, 12), 'Etc/GMT-5', 'UTC+5'],
    [Date.UTC(2025, 0, 15, 12), 'America/New_York', 'UTC−5'],
    // 2025-07-15: New York on summer time (−4), India never changes (+5:30).
    [Date.UTC(2025, 6, 15, 12), 'America/New_York', 'UTC−4'],
    [Date.UTC(2025, 6, 15, 12), 'Asia/Kolkata', 'UTC+5:30'],
    [Date.UTC(2025, 6, 15, 12), 'UTC', 'UTC'],
  ])('offset at %i in %s is %s', (ms, zone, expected) => {
    expect(utcOffset(ms, zone)).toBe(expected);
  });
});
