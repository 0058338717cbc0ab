import type { Operator, Team } from '../../shared/schemas/setup.ts';
import { emptyDraft, type SetupDraft } from '../admin/setupDraft.ts';
import type { RoundView } from './seriesApi.ts';

const TEAM_COLORS: Record<string, string> = { CN: '#d52b1e', KZ: '#00afca' };

/**
 * The setup form for the next round, filled from a round's advancing list: one team per
 * country, each advancing operator once (id `source-operator`, so two venues' "cn-1" stay
 * apart; the personId carries over so personal bests follow the person). Cranes and heats
 * are the organizer's to add.
 */
export function nextRoundDraft(round: RoundView, nextId: string): SetupDraft {
  const base = emptyDraft();
  const operators: Operator[] = [];
  const countries = new Set<string>();
  for (const a of round.advancing) {
    const row = round.operators.find((o) => o.competitionId === a.competitionId && o.operatorId === a.operatorId);
    if (!row) continue;
    countries.add(row.country);
    operators.push({
      id: `${a.competitionId}-${a.operatorId}`.slice(0, 64),
      teamId: row.country,
      bib: row.bib,
      name: row.name,
      ...(row.personId ? { personId: row.personId } : {}),
    });
  }
  const known = new Map(base.teams.map((t) => [t.id, t]));
  const teams: Team[] = [...countries].map((country) => known.get(country) ?? { id: country, country, name: { en: country }, color: TEAM_COLORS[country] ?? '#888888' });
  return { ...base, id: nextId, name: { en: nextId }, teams, operators };
}
