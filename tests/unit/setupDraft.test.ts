import { describe, expect, it } from 'vitest';
import { documentFromDraft, draftFromDocument, operatorsFromCsv } from '../../client/admin/setupDraft.ts';
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
    ['no rows', 'id,teamId,bib\n', 'the roster has no rows'],
    ['a row without a bib', 'id,teamId,bib\ncn-1,CN,\n', 'row 2: bib is missing'],
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

  it('an edit with an empty PIN keeps the PIN (sends none)', () => {
    const document = documentFromDraft({ ...draftFromDocument(demoSetup()), refereePin: '' });
    expect(document).not.toHaveProperty('refereePin');
    expect(SetupEdit.safeParse(document).success).toBe(true);
  });
});
