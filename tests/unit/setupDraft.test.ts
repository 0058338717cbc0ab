import { describe, expect, it } from 'vitest';
import { documentFromDraft, draftFromDocument, emptyDraft, operatorsFromCsv, type SetupDraft } from '../../client/admin/setupDraft.ts';
import { SetupDocument, SetupEdit } from '../../shared/schemas/setup.ts';
import { demoSetup } from './eventFactory.ts';

describe('operator roster CSV', () => {
  it('reads id, team, bib and the names given; a BOM, quotes and empty names are fine', () => {
    const csv = '\uFEFFid,teamId,bib,name_zh,name_kk,name_ru,name_en\r\ncn-1,CN,101,王建国,,Ван Цзяньго,"Wang, Jianguo"\r\nkz-1,KZ,201,,Ерлан Сейітқали,,\r\n';
    expect(operatorsFromCsv(csv)).toEqual([
      { id: 'cn-1', teamId: 'CN', bib: '101', name: { zh: '王建国', ru: 'Ван Цзяньго', en: 'Wang, Jianguo' } },
      { id: 'kz-1', teamId: 'KZ', bib: '201', name: { kk: 'Ерлан Сейітқали' } },
    ]);
  });

  it.each([
    ['spaces around cells are trimmed, blank lines skipped', 'id,teamId,bib,name_zh\n cn-1 , CN , 101 , 王建国 \n\n', [{ id: 'cn-1', teamId: 'CN', bib: '101', name: { zh: '王建国' } }]],
    ['a roster with no name columns gives operators with no names', 'id,teamId,bib\ncn-1,CN,101\n', [{ id: 'cn-1', teamId: 'CN', bib: '101', name: {} }]],
  ])('%s', (_what, csv, operators) => {
    expect(operatorsFromCsv(csv)).toEqual(operators);
  });

  it.each([
    ['no rows', 'id,teamId,bib\n', 'the roster has no rows'],
    ['a row without a bib', 'id,teamId,bib\ncn-1,CN,\n', 'row 2: bib is missing'],
    // the header is row 1, so the third operator is on row 4
    ['the third operator without a team', 'id,teamId,bib\ncn-1,CN,101\ncn-2,CN,102\nkz-1,,201\n', 'row 4: teamId is missing'],
    ['a roster without an id column', 'teamId,bib\nCN,101\n', 'row 2: id is missing'],
  ])('%s is refused with the reason', (_what, csv, message) => {
    expect(() => operatorsFromCsv(csv)).toThrow(message);
  });
});

describe('setup drafts', () => {
  it('a setup document goes through the form unchanged: the server schema accepts the result', () => {
    const setup = demoSetup();
    const document = documentFromDraft(draftFromDocument({ ...setup, refereePin: '2468' }));
    expect(SetupDocument.parse(document)).toEqual({ ...setup, refereePin: '2468' });
  });

  it('a board clock whose zone is left empty is not sent; none left → no clocks at all', () => {
    const draft = draftFromDocument(demoSetup());
    const tashkent = { timeZone: 'Asia/Tashkent', label: { en: 'Tashkent' } };
    const typedLabelOnly = { timeZone: ' ', label: { en: 'Other side' } };
    expect(documentFromDraft({ ...draft, clocks: [tashkent, typedLabelOnly] }).clocks).toEqual([tashkent]);
    expect(documentFromDraft({ ...draft, clocks: [typedLabelOnly] })).not.toHaveProperty('clocks');
  });

  it('an edit with an empty PIN keeps the PIN (sends none)', () => {
    const document = documentFromDraft({ ...draftFromDocument(demoSetup()), refereePin: '' });
    expect(document).not.toHaveProperty('refereePin');
    expect(SetupEdit.safeParse(document).success).toBe(true);
  });
});

describe('a setup document or a competition read into the form', () => {
  const defaults = emptyDraft().rule; // 10 lifts, 900 s, 10 mm, 0.5 per mm, collision 20 and relanding 10, 5 mm, 30 min
  it.each<[string, Record<string, unknown>, Partial<SetupDraft>, string[]?]>([
    [
      'a competition as the API answers it: the live heat fields are dropped, the plan kept',
      {
        id: 'cup',
        heats: [
          { id: 'h1', operatorId: 'cn-1', craneId: 'c1', scheduledAt: '2025-07-20T10:00:00+08:00', status: 'finished', startedAt: '2025-07-20T02:00:00.000Z', finishedAt: '2025-07-20T02:15:00.000Z' },
          { id: 'h2', operatorId: 'kz-1', craneId: 'c2', status: 'scheduled', startedAt: null, finishedAt: null },
        ],
      },
      {
        heats: [
          { id: 'h1', operatorId: 'cn-1', craneId: 'c1', scheduledAt: '2025-07-20T10:00:00+08:00' },
          { id: 'h2', operatorId: 'kz-1', craneId: 'c2' },
        ],
      },
    ],
    ['a document giving only some rule numbers: the others are the defaults', { rule: { liftsPerHeat: 6, pointsLostPerMm: 1 } }, { rule: { ...defaults, liftsPerHeat: 6, pointsLostPerMm: 1 } }],
    ['a document with its own penalties: those replace the default ones', { rule: { penalties: { collision: 25 } } }, { rule: { ...defaults, penalties: { collision: 25 } } }],
    ['a document with no name, teams, operators, cranes or heats: empty ones', {}, { id: '', name: {}, teams: [], operators: [], cranes: [], heats: [] }],
    ['a document with no venue or time zone: none in the draft', { id: 'cup' }, { id: 'cup' }, ['venue', 'timeZone']],
    ['a PIN that is not text is not taken', { refereePin: 2468 }, { refereePin: '' }],
    ['a PIN given as text is kept for the form', { refereePin: '2468' }, { refereePin: '2468' }],
  ])('%s', (_what, document, expected, absent = []) => {
    const read = draftFromDocument(document);
    expect(read).toMatchObject(expected);
    for (const field of absent) expect(read).not.toHaveProperty(field);
  });

  it.each([
    ['nothing (null)', null],
    ['a number', 42],
    ['a text', 'setup'],
    ['a list (e.g. a roster saved as JSON)', [{ id: 'cn-1' }]],
  ])('%s is refused as not a setup document', (_what, input) => {
    expect(() => draftFromDocument(input)).toThrow('not a setup document');
  });
});

describe('the form sent as a setup document', () => {
  const draft = (change: Partial<SetupDraft>): SetupDraft => ({ ...draftFromDocument(demoSetup()), ...change });
  it.each<[string, Partial<SetupDraft>, Record<string, unknown>, string[]]>([
    ['the rule says it is a placement rule', {}, { rule: expect.objectContaining({ kind: 'placement', liftsPerHeat: 10 }) }, []],
    ['a venue left blank in every language is not sent', { venue: { zh: '', en: '' } }, {}, ['venue']],
    ['a venue in one language is sent', { venue: { en: 'Khorgos' } }, { venue: { en: 'Khorgos' } }, []],
    ['no time zone chosen: none sent (the server keeps its default)', { timeZone: '' }, {}, ['timeZone']],
    ['a new PIN is sent', { refereePin: '1357' }, { refereePin: '1357' }, []],
  ])('%s', (_what, change, sent, absent) => {
    const document = documentFromDraft(draft(change));
    expect(document).toMatchObject(sent);
    for (const field of absent) expect(document).not.toHaveProperty(field);
  });

  it('a new competition from the empty form, once named and planned, is a valid setup document', () => {
    const document = documentFromDraft({
      ...emptyDraft(),
      id: 'khorgos-2025',
      name: { en: 'Khorgos cup' },
      operators: [{ id: 'cn-1', teamId: 'CN', bib: '101', name: { en: 'Wang' } }],
      cranes: [{ id: 'c1', kind: 'bridge', teamId: 'CN', name: { en: 'Bridge 1' } }],
      heats: [{ id: 'h1', operatorId: 'cn-1', craneId: 'c1' }],
      refereePin: '2468',
    });
    expect(SetupDocument.safeParse(document).success).toBe(true);
  });
});
