import type { StoredEvent } from '../../shared/events.ts';
import { foldPublic } from '../../shared/public/publicFold.ts';
import { publicEvent, publicEvents, type PublicEvent } from '../../shared/public/publicEvent.ts';
import { carriesValue } from '../../shared/public/withheld.ts';
import type { CompetitionState } from '../../shared/state.ts';

/** What the public log needs of the competitions: their states, their logs, their new events. */
export interface CommittedLog {
  get(competitionId: string): CompetitionState;
  eventsSince(competitionId: string, seq: number, limit?: number): StoredEvent[];
  onEvent(listener: (competitionId: string, event: StoredEvent) => void): () => void;
}

/**
 * `event` as the public may see it now; at a reveal, `revealed` holds every value event the
 * freeze withheld, in full, so a follower can replace its withheld copies by seq.
 */
export type PublicListener = (competitionId: string, event: PublicEvent, revealed: readonly StoredEvent[]) => void;

/**
 * The one public projection on the server: every anonymous path (socket, /events,
 * /standings, /export, the setup, the feed, edges) reads the log through this.
 */
export class PublicLog {
  /** The public state of a competition while something is withheld (folded once, then kept current). */
  private readonly withheldStates = new Map<string, CompetitionState>();
  /** `cid@seq of a reveal` → the seq of the freeze it ended (and `cid@freeze seq` for a freeze seen live). */
  private readonly freezes = new Map<string, number>();
  private readonly listeners = new Set<PublicListener>();

  constructor(private readonly log: CommittedLog) {
    log.onEvent((competitionId, event) => this.committed(competitionId, event));
  }

  onEvent(listener: PublicListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  eventsSince(competitionId: string, seq: number, limit?: number): PublicEvent[] {
    return publicEvents(this.log.get(competitionId), this.log.eventsSince(competitionId, seq, limit));
  }

  /** The competition as an anonymous reader may know it. */
  state(competitionId: string): CompetitionState {
    const state = this.log.get(competitionId);
    if (state.frozenAtSeq === null) return state;
    const kept = this.withheldStates.get(competitionId);
    if (kept?.lastSeq === state.lastSeq) return kept;
    // First read since the freeze (or since a restart): fold the public log once.
    const folded = kept
      ? foldPublic(this.eventsSince(competitionId, kept.lastSeq), kept)
      : foldPublic(this.eventsSince(competitionId, 0));
    if (!folded) throw new Error(`no events for ${competitionId}`);
    this.withheldStates.set(competitionId, folded);
    return folded;
  }

  /** Every value event between the freeze a reveal ends and the reveal, in full. */
  revealedBy(competitionId: string, revealSeq: number): StoredEvent[] {
    const frozenAt = this.freezeBefore(competitionId, revealSeq);
    const between = frozenAt === null ? 0 : revealSeq - frozenAt - 1;
    if (frozenAt === null || between <= 0) return [];
    return this.log.eventsSince(competitionId, frozenAt, between).filter((event) => carriesValue(event.type));
  }

  private committed(competitionId: string, event: StoredEvent): void {
    const state = this.log.get(competitionId);
    let revealed: StoredEvent[] = [];
    if (event.type === 'board.frozen') this.freezes.set(`${competitionId}@${event.seq}`, event.seq);
    if (event.type === 'board.revealed') {
      revealed = this.revealedBy(competitionId, event.seq);
      this.withheldStates.delete(competitionId);
    }
    const copy = publicEvent(state, event);
    const kept = this.withheldStates.get(competitionId);
    if (kept) this.withheldStates.set(competitionId, foldPublic([copy], kept) as CompetitionState);
    for (const listener of this.listeners) {
      try {
        listener(competitionId, copy, revealed);
      } catch (error) {
        console.error('public listener failed', error);
      }
    }
  }

  /** The last `board.frozen` before `seq`: remembered from a freeze seen live, else found in the log once. */
  private freezeBefore(competitionId: string, seq: number): number | null {
    const known = this.freezes.get(`${competitionId}@${seq}`);
    if (known !== undefined) return known;
    let frozenAt: number | null = null;
    for (const [key, at] of this.freezes) if (key.startsWith(`${competitionId}@`) && at < seq && (frozenAt === null || at > frozenAt)) frozenAt = at;
    if (frozenAt === null) {
      for (const event of this.log.eventsSince(competitionId, 0, seq - 1)) if (event.type === 'board.frozen') frozenAt = event.seq;
    }
    if (frozenAt !== null) this.freezes.set(`${competitionId}@${seq}`, frozenAt);
    return frozenAt;
  }
}
