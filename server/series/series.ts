import { AppError } from '../../shared/commandError.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { bestsOf, marksIn, performancesOf, type Bests, type OperatorMarks, type Performance } from '../../shared/series/records.ts';
import { sourceKey, type SeriesDocument, type SeriesSource } from '../../shared/series/schema.ts';
import { roundedRoundStandings, roundStandings, type RoundStandings } from '../../shared/series/standings.ts';
import { Follower, type FollowerOptions, type FollowStatus } from './follower.ts';
import type { SeriesStore } from './seriesStore.ts';

/** The competitions of this server, as the public may know them. */
export interface LocalCompetitions {
  ids(): string[];
  publicState(competitionId: string): CompetitionState | null;
}

export interface SourceStanding {
  competitionId: string;
  url: string | null;
  venue?: SeriesSource['venue'];
  /** `local` for a competition on this server; else how following it goes. */
  status: FollowStatus | 'local' | 'missing';
  /** The competition's own status (setup, running, provisional, official); null before anything is known. */
  competitionStatus: CompetitionState['status'] | null;
  lastSeq: number;
  connected: boolean;
  lastHeardAt: string | null;
  verified: boolean;
  resumedFrom: number | null;
  divergedAt: { seq: number; reason: string } | null;
  name: CompetitionState['setup']['name'] | null;
}

export interface SeriesStandings {
  id: string;
  name: SeriesDocument['name'];
  rounds: ({ id: string; name: SeriesDocument['name']; sources: SourceStanding[] } & RoundStandings)[];
}

export type RecordEntry = Performance & { url: string | null };

/**
 * Series: their documents, the followers of sources on other servers (one per source, shared
 * by the series that list it), and standings and records across all of them.
 */
export class Series {
  private readonly documents = new Map<string, SeriesDocument>();
  private readonly followers = new Map<string, Follower>();
  /** Performances per source, kept while its log has not moved. */
  private readonly performances = new Map<string, { lastSeq: number; list: RecordEntry[] }>();

  constructor(
    private readonly store: SeriesStore,
    private readonly local: LocalCompetitions,
    private readonly options: FollowerOptions,
  ) {
    for (const document of store.allSeries()) this.adopt(document);
  }

  create(document: SeriesDocument): SeriesDocument {
    if (this.documents.has(document.id)) throw new AppError('conflict', `series ${document.id} already exists`, 'id');
    this.store.addSeries(document, new Date().toISOString());
    this.adopt(document);
    return document;
  }

  list(): SeriesDocument[] {
    return [...this.documents.values()];
  }

  get(seriesId: string): SeriesDocument {
    const document = this.documents.get(seriesId);
    if (!document) throw new AppError('not_found', `unknown series ${seriesId}`);
    return document;
  }

  standings(seriesId: string): SeriesStandings {
    const document = this.get(seriesId);
    return {
      id: document.id,
      name: document.name,
      rounds: document.rounds.map((round) => {
        const inputs = round.sources.map((source) => ({ ...source, state: this.stateOf(source) }));
        return { id: round.id, name: round.name, sources: round.sources.map((s) => this.sourceStanding(s)), ...roundedRoundStandings(roundStandings(round, inputs)) };
      }),
    };
  }

  /** A source's competition as the public may know it (a followed one: the verified copy). */
  source(seriesId: string, competitionId: string): { source: SourceStanding; state: CompetitionState } {
    const source = this.get(seriesId)
      .rounds.flatMap((r) => r.sources)
      .find((s) => s.competitionId === competitionId);
    const state = source && this.stateOf(source);
    if (!source || !state) throw new AppError('not_found', `series ${seriesId} has no source ${competitionId} with data yet`);
    return { source: this.sourceStanding(source), state };
  }

  /** Records and personal bests across this server's competitions and every followed one. */
  bests(exclude?: { competitionId: string; url: string | null }): Bests {
    const all = this.allSources().filter((s) => !exclude || (s.competitionId !== exclude.competitionId || (s.url ?? null) !== exclude.url));
    return bestsOf(all.flatMap((s) => this.performancesOf(s)));
  }

  /** What falls in one competition of this server against everything else known. */
  marks(competitionId: string): OperatorMarks[] {
    const state = this.local.publicState(competitionId);
    if (!state) throw new AppError('not_found', `unknown competition ${competitionId}`);
    return marksIn(competitionId, state, this.bests({ competitionId, url: null }));
  }

  close(): void {
    for (const follower of this.followers.values()) follower.stop();
  }

  /** Followers hear every change; the bench and push screens may listen. */
  follower(url: string, competitionId: string): Follower | undefined {
    return this.followers.get(sourceKey({ url, competitionId }));
  }

  private adopt(document: SeriesDocument): void {
    this.documents.set(document.id, document);
    for (const source of document.rounds.flatMap((r) => r.sources)) {
      if (!source.url || this.followers.has(sourceKey(source))) continue;
      const follower = new Follower(this.store, source.url, source.competitionId, this.options);
      this.followers.set(sourceKey(source), follower);
      follower.start();
    }
  }

  private stateOf(source: Pick<SeriesSource, 'competitionId' | 'url'>): CompetitionState | null {
    if (!source.url) return this.local.publicState(source.competitionId);
    return this.followers.get(sourceKey(source))?.state ?? null;
  }

  private sourceStanding(source: SeriesSource): SourceStanding {
    const state = this.stateOf(source);
    const common = { competitionId: source.competitionId, url: source.url ?? null, ...(source.venue ? { venue: source.venue } : {}), competitionStatus: state?.status ?? null, name: state?.setup.name ?? null };
    const follower = source.url ? this.followers.get(sourceKey(source)) : undefined;
    if (!follower) {
      // On this server: its own log, always current and verified as it is written.
      return { ...common, status: state ? 'local' : 'missing', lastSeq: state?.lastSeq ?? 0, connected: Boolean(state), lastHeardAt: null, verified: Boolean(state), resumedFrom: null, divergedAt: null };
    }
    const s = follower.status();
    return { ...common, status: s.status, lastSeq: s.lastSeq, connected: s.connected, lastHeardAt: s.lastHeardAt, verified: s.verified, resumedFrom: s.resumedFrom, divergedAt: s.divergence };
  }

  /** Every competition known here once: local ones, then followed ones. */
  private allSources(): { competitionId: string; url: string | null }[] {
    const local = this.local.ids().map((competitionId) => ({ competitionId, url: null }));
    const followed = [...this.followers.values()].map((f) => ({ competitionId: f.competitionId, url: f.url }));
    return [...local, ...followed];
  }

  private performancesOf(source: { competitionId: string; url: string | null }): RecordEntry[] {
    const state = this.stateOf({ competitionId: source.competitionId, ...(source.url ? { url: source.url } : {}) });
    if (!state) return [];
    const key = sourceKey({ competitionId: source.competitionId, ...(source.url ? { url: source.url } : {}) });
    const kept = this.performances.get(key);
    if (kept?.lastSeq === state.lastSeq) return kept.list;
    const list = performancesOf(source.competitionId, state).map((p) => ({ ...p, url: source.url }));
    this.performances.set(key, { lastSeq: state.lastSeq, list });
    return list;
  }
}
