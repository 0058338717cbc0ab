// The console's audit trail in words: each event a sentence a chief referee would read aloud,
// with names from the setup and a correction's before → after taken from the log itself.
import '../../client/admin/locales/register.ts';
import { describe, expect, it } from 'vitest';
import { i18n, tIn } from '../../client/i18n/index.ts';
import { LANGUAGES } from '../../shared/schemas/common.ts';
import { auditLines } from '../../client/admin/auditSentence.ts';
import { ADMIN, EventLog, smallSetup, station } from './eventFactory.ts';

const en = tIn('en');

/** smallSetup: h1 is cn-1's heat on cn-bridge-1 ("Bridge crane 1"); operator names are their ids in English. */
function log(): EventLog {
  const setup = smallSetup();
  setup.operators[0]!.name = { en: 'Wang Jianguo', zh: '王建国' };
  return new EventLog(setup)
    .start('h1') // 2
    .lift('h1', 1, { dxMm: 12, dyMm: 3 }) // 3: referee-h1-1
    .correct('referee-h1-1', { dxMm: 8 }, 'fix-1') // 4
    .lift('h1', 2, { dxMm: 0, dyMm: 0, penalties: ['collision'] }, 'station') // 5
    .void('station-h1-2', 'void-1') // 6
    .append({ type: 'protest.lodged', data: { id: 'P1', operatorId: 'cn-1', reason: 'wrong corner' } }, ADMIN) // 7
    .append({ type: 'protest.resolved', data: { id: 'r1', protestId: 'P1', decision: 'dismissed' } }, ADMIN) // 8
    .finish('h1', 600) // 9
    .confirm('h1') // 10
    .append({ type: 'heat.reopened', data: { heatId: 'h1', reason: 'protest upheld' } }, ADMIN) // 11
    .append({ type: 'results.official', data: {} }, ADMIN); // 12
}

// Each language is loaded when a screen first shows it; the sentences below are built at once.
await i18n.loadLanguages([...LANGUAGES]);

describe('audit sentences', () => {
  const lines = auditLines(log().events, 'en', en);
  it.each([
    [1, 'Competition created', undefined],
    [2, 'Heat h1 (Wang Jianguo) started', undefined],
    [3, 'Lift 1 of heat h1 (Wang Jianguo) read by the referee: dx 12 · dy 3 mm', undefined],
    // The lift held dx 12 (seq 3); the correction gives dx 8 only, so dy is not mentioned.
    [4, 'Lift 1 of heat h1 (Wang Jianguo) corrected: dx 12 → 8 mm', 'video review'],
    [5, 'Lift 2 of heat h1 (Wang Jianguo) read by the station: dx 0 · dy 0 mm · penalties: Collision', undefined],
    [6, 'Lift 2 of heat h1 (Wang Jianguo) voided', 'crane fault, lift repeated'],
    [7, 'Protest P1 lodged about Wang Jianguo', 'wrong corner'],
    [8, 'Protest P1 dismissed', undefined],
    [9, 'Heat h1 (Wang Jianguo) finished', undefined],
    [10, 'Heat h1 (Wang Jianguo) confirmed', undefined],
    [11, 'Heat h1 (Wang Jianguo) reopened', 'protest upheld'],
    [12, 'Results signed off as official', undefined],
  ])('event %i: %s', (seq, sentence, reason) => {
    const line = lines[seq - 1]!;
    expect(line.event.seq).toBe(seq);
    expect(line.sentence).toBe(sentence);
    expect(line.reason).toBe(reason);
  });

  it('a correction of penalties and a drop says both sides; a later correction starts from the corrected value', () => {
    const events = new EventLog(smallSetup())
      .start('h1')
      .lift('h1', 1, { dxMm: 5, dyMm: -2 })
      .correct('referee-h1-1', { penalties: ['relanding'], dropped: true }, 'fix-a') // 4
      .correct('referee-h1-1', { dxMm: 1, dyMm: -2 }, 'fix-b').events; // 5: dx 5 → 1, dy unchanged but given
    const lines = auditLines(events, 'en', en);
    expect(lines[3]!.sentence).toBe('Lift 1 of heat h1 (cn-1) corrected: penalties: none → Relanding, dropped: no → yes');
    expect(lines[4]!.sentence).toBe('Lift 1 of heat h1 (cn-1) corrected: dx 5 → 1 mm, dy -2 → -2 mm');
  });

  it('speaks the console language, with names in it', () => {
    const zh = auditLines(log().events, 'zh', tIn('zh'));
    expect(zh[3]!.sentence).toBe('场次 h1（王建国）第 1 吊已更正：dx 12 → 8 mm');
    expect(zh[1]!.sentence).toBe('场次 h1（王建国）开始');
  });

  it('a station reading names no person here: the actor column does (the crane by name)', () => {
    const events = new EventLog(smallSetup()).start('h1').lift('h1', 1, { dxMm: 1, dyMm: 1 }, 'station').events;
    expect(events[2]!.actor).toEqual(station('cn-bridge-1'));
    expect(auditLines(events, 'en', en)[2]!.sentence).toBe('Lift 1 of heat h1 (cn-1) read by the station: dx 1 · dy 1 mm');
  });
});
