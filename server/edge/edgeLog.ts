import type { StoredEvent } from '../../shared/events.ts';
import { foldPublic } from '../../shared/public/publicFold.ts';
import { isWithheldCopy, type PublicEvent } from '../../shared/public/publicEvent.ts';
import { carriesValue } from '../../shared/public/withheld.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { AppError } from '../../shared/commandError.ts';
import type { PublicListener } from '../public/publicLog.ts';

/** What happened to an event offered to the log. */
export type Offered = 'applied' | 'duplicate' | 'gap';

interface Followed {
  /** The public log, `events[i].seq === i + 1`. */
  events: PublicEvent[];
  state: CompetitionState;
}

/**
 * An edge's copy of the writer's public projection: each competition's public log and the
 * state `foldPublic` makes of it. It takes events only in seq order (a gap is refused, a
 * repeat ignored), so spectators fed from it see every event once, in order. It answers the
 * same questions as the writer's PublicLog, so the feed and the routes read it the same way.
 */
export class EdgeLog {
  private readonly competitions = new Map<string, Followed>();
  private readonly listeners = new Set<PublicListener>();
  /** `cid@seq` → what the writer said that event revealed (a reveal, or a confirmation that unsealed an exam). */
  private readonly bundles = new Map<string, readonly StoredEvent[]>();

  onEvent(listener: PublicListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  has(competitionId: string): boolean {
    return this.competitions.has(competitionId);
  }

  lastSeq(competitionId: string): number {
    return this.competitions.get(competitionId)?.state.lastSeq ?? 0;
  }

  list(): CompetitionState[] {
    return [...this.competitions.values()].map((followed) => followed.state);
  }

  state(competitionId: string): CompetitionState {
    return this.followed(competitionId).state;
  }

  eventsSince(competitionId: string, seq: number, limit = Number.MAX_SAFE_INTEGER): PublicEvent[] {
    return this.followed(competitionId).events.slice(seq, seq + limit);
  }

  /** Every value event between the freeze a reveal ends and the reveal, in full (as the writer's PublicLog answers). */
  revealedBy(competitionId: string, revealSeq: number): StoredEvent[] {
    const events = this.followed(competitionId).events.slice(0, revealSeq - 1);
    let frozenAt = -1;
    for (let i = events.length - 1; i >= 0; i--) {
      if (events[i]?.type === 'board.frozen') {
        frozenAt = i;
        break;
      }
    }
    if (frozenAt < 0) return [];
    return events.slice(frozenAt + 1).filter((event): event is StoredEvent => carriesValue(event.type) && !isWithheldCopy(event));
  }

  /** What an event revealed, as the writer said when it arrived (the feed repeats it to a reader resuming across it). */
  revealedAt(competitionId: string, event: PublicEvent): readonly StoredEvent[] {
    return this.bundles.get(`${competitionId}@${event.seq}`) ?? (event.type === 'board.revealed' ? this.revealedBy(competitionId, event.seq) : []);
  }

  /** The first withheld copy still held, when the competition is no longer frozen (caught up across a reveal by /events). */
  staleWithheld(competitionId: string): number | null {
    const followed = this.competitions.get(competitionId);
    if (!followed || followed.state.frozenAtSeq !== null) return null;
    return followed.events.find(isWithheldCopy)?.seq ?? null;
  }

  /**
   * Takes the next event of a competition; `revealed` (at a reveal) replaces withheld copies
   * by seq. Listeners hear each applied event once.
   */
  offer(competitionId: string, event: PublicEvent, revealed: readonly StoredEvent[] = []): Offered {
    const followed = this.competitions.get(competitionId);
    const lastSeq = followed?.state.lastSeq ?? 0;
    if (event.seq <= lastSeq) return 'duplicate';
    if (event.seq !== lastSeq + 1) return 'gap';
    if (!followed) {
      const state = foldPublic([event]);
      if (!state) return 'gap';
      this.competitions.set(competitionId, { events: [event], state });
    } else {
      followed.events.push(event);
      if (revealed.length) {
        this.replace(followed, revealed);
        this.bundles.set(`${competitionId}@${event.seq}`, revealed);
      }
      // After a reveal the withheld values are folded in again, from the start (reveals are rare).
      followed.state = revealed.length ? (foldPublic(followed.events) as CompetitionState) : (foldPublic([event], followed.state) as CompetitionState);
    }
    for (const listener of this.listeners) {
      try {
        listener(competitionId, event, revealed);
      } catch (error) {
        console.error('edge listener failed', error);
      }
    }
    return 'applied';
  }

  /** Full events for withheld copies already held (a reveal learnt from /events): folded again, no one told. */
  repair(competitionId: string, full: readonly PublicEvent[]): void {
    const followed = this.followed(competitionId);
    this.replace(followed, full.filter((event): event is StoredEvent => !isWithheldCopy(event)));
    followed.state = foldPublic(followed.events) as CompetitionState;
  }

  private replace(followed: Followed, events: readonly StoredEvent[]): void {
    for (const event of events) {
      const held = followed.events[event.seq - 1];
      if (held && held.seq === event.seq && held.hash === event.hash) followed.events[event.seq - 1] = event;
    }
  }

  private followed(competitionId: string): Followed {
    const followed = this.competitions.get(competitionId);
    if (!followed) throw new AppError('not_found', `no competition ${competitionId}`);
    return followed;
  }
}
