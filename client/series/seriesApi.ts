import type { SeriesDocument } from '../../shared/series/schema.ts';
import type { RoundStandings } from '../../shared/series/standings.ts';
import type { LocalizedName } from '../../shared/schemas/common.ts';

// What GET /api/series/:sid/standings answers (server/series/series.ts), as the screens read it.

export type SourceState = 'live' | 'offline' | 'connecting' | 'diverged' | 'local' | 'missing';

export interface SourceStanding {
  competitionId: string;
  url: string | null;
  venue?: LocalizedName;
  status: SourceState;
  competitionStatus: 'setup' | 'running' | 'provisional' | 'official' | null;
  lastSeq: number;
  connected: boolean;
  lastHeardAt: string | null;
  verified: boolean;
  divergedAt: { seq: number; reason: string } | null;
  name: LocalizedName | null;
}

export type RoundView = { id: string; name: LocalizedName; sources: SourceStanding[] } & RoundStandings;

export interface SeriesStandingsView {
  id: string;
  name: SeriesDocument['name'];
  rounds: RoundView[];
}

export async function fetchSeriesStandings(seriesId: string): Promise<SeriesStandingsView> {
  const res = await fetch(`/api/series/${encodeURIComponent(seriesId)}/standings`);
  if (!res.ok) throw new Error(`series standings: ${res.status}`);
  return (await res.json()) as SeriesStandingsView;
}
