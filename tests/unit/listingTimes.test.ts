import { describe, expect, it } from 'vitest';
import { listingTimes } from '../../shared/listingTimes.ts';

const heat = (scheduledAt?: string) => ({ id: 'h', operatorId: 'o', ...(scheduledAt ? { scheduledAt } : {}) });

describe('what the competition list dates a competition by', () => {
  it.each([
    // 08:00+08:00 is 00:00 UTC, an hour before 06:00+05:00 (01:00 UTC), though it sorts later as text.
    ['the first heat by the clock, not by the text', { timeZone: 'Asia/Shanghai', heats: [heat('2025-07-20T06:00:00+05:00'), heat('2025-07-20T08:00:00+08:00')] }, { timeZone: 'Asia/Shanghai', startsAt: '2025-07-20T08:00:00+08:00' }],
    ['heats without a time are left out', { heats: [heat(), heat('2025-07-20T10:00:00+08:00')] }, { startsAt: '2025-07-20T10:00:00+08:00' }],
    ['no zone and no times: nothing to date by', { heats: [heat()] }, {}],
  ])('%s', (_case, setup, expected) => {
    expect(listingTimes(setup as Parameters<typeof listingTimes>[0])).toEqual(expected);
  });
});
