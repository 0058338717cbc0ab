// The next round's setup from an advancing list: one team per country, each advancing operator
// once with an id that keeps two venues' "cn-1" apart, personId kept.
import { expect, it } from 'vitest';
import { nextRoundDraft } from '../../client/series/nextRoundDraft.ts';
import type { RoundView } from '../../client/series/seriesApi.ts';

const row = (competitionId: string, operatorId: string, country: string, score: number, personId?: string) => ({
  rank: 0, competitionId, operatorId, teamId: country, country, bib: operatorId.slice(-1), name: { en: `${competitionId} ${operatorId}` }, score, ...(personId ? { personId } : {}),
});

it('fills the form from the advancing list', () => {
  const round: RoundView = {
    id: 'prelim',
    name: { en: 'Prelim' },
    sources: [],
    operators: [row('a', 'cn-1', 'CN', 90, 'zhang'), row('b', 'cn-1', 'CN', 100), row('a', 'kz-1', 'KZ', 97.5), row('b', 'kz-1', 'KZ', 40)],
    teams: [],
    venues: [],
    advancing: [
      { competitionId: 'a', operatorId: 'kz-1', teamId: 'KZ', rank: 1, provisional: false },
      { competitionId: 'a', operatorId: 'cn-1', teamId: 'CN', rank: 2, provisional: false },
      { competitionId: 'b', operatorId: 'cn-1', teamId: 'CN', rank: 1, provisional: true },
    ],
  };
  const draft = nextRoundDraft(round, 'final-2024');
  expect(draft.id).toBe('final-2024');
  expect(draft.teams.map((t) => [t.id, t.country])).toEqual([['KZ', 'KZ'], ['CN', 'CN']]);
  expect(draft.operators).toEqual([
    { id: 'a-kz-1', teamId: 'KZ', bib: '1', name: { en: 'a kz-1' } },
    { id: 'a-cn-1', teamId: 'CN', bib: '1', name: { en: 'a cn-1' }, personId: 'zhang' },
    { id: 'b-cn-1', teamId: 'CN', bib: '1', name: { en: 'b cn-1' } },
  ]);
});
