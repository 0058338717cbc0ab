import type { StoredEvent } from '../../shared/events.ts';
import { foldPublic } from '../../shared/public/publicFold.ts';
import { publicEvent, publicEvents, type PublicEvent } from '../../shared/public/publicEvent.ts';
import { sealedDisciplines } from '../../shared/public/sealed.ts';
import { carriesValue, isWithheld } from '../../shared/public/withheld.ts';
import type { CompetitionState } from '../../shared/state.ts';

/** What the public log needs of the competitions: their states, their logs, their new events. */
export interface CommittedLog {
  get(competitionId: string): CompetitionState;
  eventsSince(competitionId: string, seq: number, limit?: number): StoredEvent[];
  onEvent(listener: (competitionId: string, event: StoredEvent) => void): () => void;
}

/**
 * `event` as the public may see it now; at a reveal (the board's, or the confirmation that
 * unseals an accounting discipline), `revealed` holds every event that stopped being withheld,
 * in full, so a follower can replace its withheld copies by seq.
 */
export type PublicListener = (competitionId: string, event: PublicEvent, revealed: readonly StoredEvent[]) => void;

/**
 * The one public projection on the server: every anonymous path (socket, /events,
 * /standings, /export, the setup, the feed, edges) reads the log through this.
 */
export class PublicLog {
  /**
   * The public state of a competition while something is withheld (folded once, then kept
   * current), with what was withheld when it was folded: when that changes, it is folded again.
   */
  private readonly withheldStates = new Map<string, { state: CompetitionState; withholding: string }>();
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
    const withholding = withholdingOf(state);
    if (withholding === null) return state;
    const kept = this.withheldStates.get(competitionId);
    if (kept?.withholding === withholding && kept.state.lastSeq === state.lastSeq) return kept.state;
    // First read since something became withheld (or since a restart, or what is withheld changed): fold the public log once.
    const folded =
      kept?.withholding === withholding
        ? foldPublic(this.eventsSince(competitionId, kept.state.lastSeq), kept.state)
        : foldPublic(this.eventsSince(competitionId, 0));
    if (!folded) throw new Error(`no events for ${competitionId}`);
    this.withheldStates.set(competitionId, { state: folded, withholding });
    return folded;
  }

  /** Every value event between the freeze a reveal ends and the reveal, in full (those a sealed discipline still holds excepted). */
  revealedBy(competitionId: string, revealSeq: number): StoredEvent[] {
    const frozenAt = this.freezeBefore(competitionId, revealSeq);
    const between = frozenAt === null ? 0 : revealSeq - frozenAt - 1;
    if (frozenAt === null || between <= 0) return [];
    const state = this.log.get(competitionId);
    return this.log.eventsSince(competitionId, frozenAt, between).filter((event) => carriesValue(event.type) && !isWithheld(state, event));
  }

  /**
   * At a confirmation that unseals accounting disciplines: their answers (and a setup whose key
   * is no longer sealed), in full, as far as the freeze does not still hold them.
   */
  unsealedBy(competitionId: string, before: ReadonlySet<string>): StoredEvent[] {
    const state = this.log.get(competitionId);
    const now = sealedDisciplines(state);
    const unsealed = [...before].filter((id) => !now.has(id));
    if (!unsealed.length) return [];
    const wasSealed = { ...state, heats: Object.fromEntries(Object.entries(state.heats).map(([id, h]) => [id, unsealed.includes(h.disciplineId) ? { ...h, status: 'running' as const } : h])) };
    return this.log
      .eventsSince(competitionId, 0, state.lastSeq - 1)
      .filter((event) => isWithheld(wasSealed, event) && !isWithheld(state, event));
  }

  /**
   * What an event revealed: for a reveal, what the freeze withheld; for a confirmation that
   * unsealed a discipline, its answers. Also for a reader resuming across such an event.
   */
  revealedAt(competitionId: string, event: StoredEvent): StoredEvent[] {
    if (event.type === 'board.revealed') return this.revealedBy(competitionId, event.seq);
    if (event.type === 'heat.confirmed') return this.unsealedBy(competitionId, sealedBefore(this.log.get(competitionId), event.data.heatId));
    return [];
  }

  private committed(competitionId: string, event: StoredEvent): void {
    const state = this.log.get(competitionId);
    let revealed: StoredEvent[] = [];
    if (event.type === 'board.frozen') this.freezes.set(`${competitionId}@${event.seq}`, event.seq);
    if (event.type === 'board.revealed' || event.type === 'heat.confirmed') revealed = this.revealedAt(competitionId, event);
    const copy = publicEvent(state, event);
    const kept = this.withheldStates.get(competitionId);
    const withholding = withholdingOf(state);
    if (kept && kept.withholding === withholding) this.withheldStates.set(competitionId, { state: foldPublic([copy], kept.state) as CompetitionState, withholding });
    else this.withheldStates.delete(competitionId);
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

/** What is withheld from the public now, as a key (null: nothing, the public state is the state). */
function withholdingOf(state: CompetitionState): string | null {
  const sealed = sealedDisciplines(state);
  if (state.frozenAtSeq === null && sealed.size === 0) return null;
  return `${state.frozenAtSeq ?? '-'}|${[...sealed].sort().join(',')}`;
}

/** The sealed disciplines before `heatId` was confirmed: it was finished then, everything else as now. */
function sealedBefore(state: CompetitionState, heatId: string): ReadonlySet<string> {
  const heat = state.heats[heatId];
  return heat ? sealedDisciplines({ setup: state.setup, heats: { ...state.heats, [heatId]: { ...heat, status: 'finished' } } }) : new Set();
}
