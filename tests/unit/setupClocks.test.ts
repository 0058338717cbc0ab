import { describe, expect, it } from 'vitest';
import { CompetitionSetup } from '../../shared/schemas/setup.ts';
import { demoSetup } from './eventFactory.ts';

// Screens format clocks with Intl, which throws on an unknown zone: the setup refuses one at the edge.
describe('setup time zones and clocks', () => {
  const withZones = (extra: object) => CompetitionSetup.safeParse({ ...demoSetup(), ...extra });

  it.each([
    [{ timeZone: 'Asia/Almaty' }, true],
    [{ timeZone: 'Asia/Shanghia' }, false],
    [{ clocks: [{ timeZone: 'Asia/Shanghai', label: { en: 'China' } }, { timeZone: 'Asia/Almaty', label: { en: 'Kazakhstan' } }] }, true],
    [{ clocks: [{ timeZone: 'Mars/Olympus', label: { en: 'Mars' } }] }, false],
    [{ clocks: [] }, false],
    [{ clocks: [1, 2, 3].map(() => ({ timeZone: 'UTC', label: { en: 'x' } })) }, false],
    [{ clocks: [{ timeZone: 'UTC' }] }, false],
  ])('%j → valid %s', (extra, valid) => {
    expect(withZones(extra).success).toBe(valid);
  });
});
