import { describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../shared/commandError.ts';
import { decideOfficial } from '../../shared/decide.ts';
import { decideProtest, decideProtestResolution, decideSetupUpdate } from '../../shared/decideAdmin.ts';
import { protestWindowEndsAt, resultsLabel, signOffBlockers } from '../../shared/results.ts';
import { ADMIN, EventLog, atS, smallSetup } from './eventFactory.ts';

function refusal(decision: () => unknown): { code: ErrorCode; message: string; field?: string } {
  try {
    decision();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, message: error.message, ...(error.field === undefined ? {} : { field: error.field }) };
  }
  throw new Error('the decision was accepted');
}

/** Every heat started, finished and confirmed: 1 created + 4×3 events, the last at T0 + 12 s. */
function provisional(protestWindowMin = 30): EventLog {
  const log = new EventLog(smallSetup({ rule: { protestWindowMin } }));
  for (const heat of ['h1', 'h2', 'h3', 'h4']) log.start(heat).finish(heat, 900).confirm(heat);
  return log;
}

describe('the protest window and the results label', () => {
  // provisionalAt = T0 + 12 s; a 30-minute window closes at T0 + 12 s + 1800 s.
  const closes = atS(12 + 1800);

  it.each([
    ['before the window closes', atS(12 + 1799), 'under_protest'],
    ['the moment it closes', atS(12 + 1800), 'provisional'],
    ['long after', atS(100_000), 'provisional'],
  ] as const)('%s the label is %s', (_when, now, label) => {
    const log = provisional();
    expect(protestWindowEndsAt(log.state)).toBe(closes);
    expect(resultsLabel(log.state, now)).toBe(label);
  });

  it('is running before every heat is confirmed, and official after sign-off', () => {
    const log = new EventLog(smallSetup()).start('h1');
    expect(resultsLabel(log.state, atS(0))).toBe('running');
    const done = provisional(0);
    done.decide((s) => decideOfficial(s, atS(13)), ADMIN);
    expect(resultsLabel(done.state, atS(13))).toBe('official');
  });

  it('a window of 0 minutes never opens: sign-off goes through at once', () => {
    const log = provisional(0);
    expect(resultsLabel(log.state, atS(12))).toBe('provisional');
    expect(decideOfficial(log.state, atS(12))).toEqual({ type: 'results.official', data: {} });
  });

  it('sign-off is refused while the window is open, naming when it closes', () => {
    const log = provisional();
    const refused = refusal(() => decideOfficial(log.state, atS(12 + 60)));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain(closes);
    expect(decideOfficial(log.state, closes)).toEqual({ type: 'results.official', data: {} });
  });
});

describe('protests', () => {
  it('an unresolved protest keeps results under protest and blocks sign-off after the window', () => {
    const log = provisional();
    log.decide((s) => decideProtest(s, { id: 'p1', operatorId: 'kz-1', reason: 'lift 3 measured wrong' }, atS(100)), ADMIN);
    const late = atS(100_000);
    expect(resultsLabel(log.state, late)).toBe('under_protest');
    expect(signOffBlockers(log.state, late)).toEqual(['unresolved protests: p1']);
    expect(refusal(() => decideOfficial(log.state, late)).code).toBe('conflict');
    log.decide((s) => decideProtestResolution(s, 'p1', { id: 'r1', decision: 'dismissed', reason: 'video shows 4 mm' }), ADMIN);
    expect(log.state.protests.p1?.resolution).toMatchObject({ decision: 'dismissed', reason: 'video shows 4 mm' });
    expect(resultsLabel(log.state, late)).toBe('provisional');
    expect(decideOfficial(log.state, late)).toEqual({ type: 'results.official', data: {} });
  });

  // Each row: a protest the rules refuse, with the code and field.
  it.each([
    ['before any heat starts', (l: EventLog) => l, { id: 'p1', reason: 'r' }, atS(0), { code: 'conflict' }],
    ['after the window closed', () => provisional(), { id: 'p1', reason: 'r' }, atS(12 + 1800), { code: 'conflict' }],
    ['about an unknown operator', () => provisional(), { id: 'p1', operatorId: 'xx-9', reason: 'r' }, atS(20), { code: 'not_found', field: 'operatorId' }],
    ['about an unknown heat', () => provisional(), { id: 'p1', heatId: 'h9', reason: 'r' }, atS(20), { code: 'not_found', field: 'heatId' }],
  ] as const)('%s is refused', (_what, make, body, now, expected) => {
    const log = make(new EventLog(smallSetup()));
    expect(refusal(() => decideProtest(log.state, { ...body }, now))).toMatchObject(expected);
  });

  it('can be lodged while heats run, and resolved only once', () => {
    const log = new EventLog(smallSetup()).start('h1');
    log.decide((s) => decideProtest(s, { id: 'p1', heatId: 'h1', reason: 'crane fault' }, atS(5)));
    expect(refusal(() => decideProtest(log.state, { id: 'p1', reason: 'again' }, atS(6)))).toMatchObject({ code: 'conflict', field: 'id' });
    log.decide((s) => decideProtestResolution(s, 'p1', { id: 'r1', decision: 'upheld' }), ADMIN);
    expect(refusal(() => decideProtestResolution(log.state, 'p1', { id: 'r2', decision: 'dismissed' })).code).toBe('conflict');
    expect(refusal(() => decideProtestResolution(log.state, 'p9', { id: 'r3', decision: 'dismissed' })).code).toBe('not_found');
  });
});

describe('editing the setup', () => {
  it('is allowed before the first heat starts and replaces heats, rule and names', () => {
    const log = new EventLog(smallSetup());
    const edited = smallSetup({ rule: { liftsPerHeat: 5 }, heats: [['h1', 'cn-1', 'cn-bridge-1']] });
    log.decide((s) => decideSetupUpdate(s, edited), ADMIN);
    expect(log.state.setup.rule?.kind === 'placement' && log.state.setup.rule.liftsPerHeat).toBe(5);
    expect(Object.keys(log.state.heats)).toEqual(['h1']);
    expect(log.state.status).toBe('setup');
  });

  it('is refused once a heat has started, and the id never changes', () => {
    const started = new EventLog(smallSetup()).start('h1');
    expect(refusal(() => decideSetupUpdate(started.state, smallSetup())).code).toBe('conflict');
    const fresh = new EventLog(smallSetup());
    expect(refusal(() => decideSetupUpdate(fresh.state, { ...smallSetup(), id: 'other-cup' }))).toMatchObject({ code: 'bad_request', field: 'id' });
  });
});
