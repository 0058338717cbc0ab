import type { StoredEvent } from '../../shared/events.ts';
import { eventHash, GENESIS_HASH } from '../../shared/hashChain.ts';
import { verifyPublicChain } from '../../shared/public/publicChain.ts';
import { foldPublic } from '../../shared/public/publicFold.ts';
import { isWithheldCopy, type PublicEvent } from '../../shared/public/publicEvent.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { readSse, type SseMessage } from './sseReader.ts';
import type { Divergence, SeriesStore } from './seriesStore.ts';

export type FollowStatus = 'connecting' | 'live' | 'offline' | 'diverged';

export interface FollowerStatus {
  status: FollowStatus;
  connected: boolean;
  /** When the source last said anything (an event or a keep-alive); null before the first contact. */
  lastHeardAt: string | null;
  lastSeq: number;
  /** Every stored event's hash re-checked (withheld copies carried by their published hash until the reveal). */
  verified: boolean;
  /** The seq after which the last connection asked the source to resume (0 = from the start). */
  resumedFrom: number | null;
  divergence: Divergence | null;
  lastError: string | null;
}

export interface FollowerOptions {
  /** Longest wait between reconnection attempts. */
  retryMaxMs: number;
  /** A connection silent this long is presumed dead (the feed sends a keep-alive every 15 s). */
  idleMs: number;
}

/** How long verified events wait to be written together. */
const SAVE_AFTER_MS = 100;

class Diverged extends Error {
  constructor(readonly divergence: Divergence) {
    super(divergence.reason);
  }
}

/**
 * Follows one competition on another Gauge server through its SSE feed (the public
 * projection), verifying each event's place in the hash chain before it is stored here.
 * The SSE feed and not the socket: one request carries the backlog and then the live events
 * in seq order, resumes with Last-Event-ID, and brings the full events of a reveal inline.
 */
export class Follower {
  state: CompetitionState | null = null;
  private lastSeq = 0;
  /** hashes[seq]: the chain as stored, for checking a resumed tail and the events of a reveal. */
  private readonly hashes: string[] = [GENESIS_HASH];
  private readonly withheld = new Set<number>();
  private connected = false;
  private lastHeardAt: string | null = null;
  private resumedFrom: number | null = null;
  private divergence: Divergence | null;
  private lastError: string | null = null;
  private stopped = false;
  private abort: AbortController | null = null;
  private wake: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();
  /** Verified and folded, not yet written (see `saveSoon`). */
  private readonly unsaved: PublicEvent[] = [];
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: SeriesStore,
    readonly url: string,
    readonly competitionId: string,
    private readonly options: FollowerOptions,
  ) {
    const stored = store.events(url, competitionId);
    for (const event of stored) this.remember(event);
    this.state = stored.length ? foldPublic(stored) : null;
    this.divergence = store.divergence(url, competitionId);
  }

  /** Hears every change of the copy (new events, a reveal) and of the connection. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (!this.divergence) void this.run();
  }

  stop(): void {
    this.save();
    this.stopped = true;
    this.abort?.abort();
    this.wake?.();
  }

  status(): FollowerStatus {
    const status: FollowStatus = this.divergence ? 'diverged' : this.connected ? 'live' : this.lastHeardAt ? 'offline' : 'connecting';
    return {
      status,
      connected: this.connected,
      lastHeardAt: this.lastHeardAt,
      lastSeq: this.lastSeq,
      verified: !this.divergence && this.withheld.size === 0,
      resumedFrom: this.resumedFrom,
      divergence: this.divergence,
      lastError: this.lastError,
    };
  }

  private async run(): Promise<void> {
    let delayMs = 250;
    while (!this.stopped && !this.divergence) {
      const abort = new AbortController();
      this.abort = abort;
      let heardAt = Date.now();
      const watchdog = setInterval(() => Date.now() - heardAt > this.options.idleMs && abort.abort(), Math.min(1_000, this.options.idleMs));
      watchdog.unref();
      try {
        // Resume one event early: the source must still hold the last event we stored, unchanged.
        const from = Math.max(0, this.lastSeq - 1);
        const response = await fetch(`${this.url}/api/competitions/${encodeURIComponent(this.competitionId)}/feed`, {
          headers: { accept: 'text/event-stream', 'last-event-id': String(from) },
          signal: abort.signal,
        });
        if (!response.ok || !response.body) throw new Error(`feed answered ${response.status}`);
        this.resumedFrom = from;
        this.connected = true;
        this.lastError = null;
        delayMs = 250;
        this.heard();
        await readSse(
          response.body,
          (messages) => this.receive(messages),
          () => {
            heardAt = Date.now();
            this.heard();
          },
        );
        this.lastError = 'the source closed the feed';
      } catch (error) {
        abort.abort(); // the body of a refused feed is not read any further
        if (error instanceof Diverged) this.diverge(error.divergence);
        else if (!this.stopped) this.lastError = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      } finally {
        clearInterval(watchdog);
        this.connected = false;
        this.changed();
      }
      if (this.stopped || this.divergence) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, delayMs).unref();
      });
      delayMs = Math.min(delayMs * 2, this.options.retryMaxMs);
    }
  }

  private heard(): void {
    this.lastHeardAt = new Date().toISOString();
  }

  /** One chunk of the feed: checked event by event, stored in one transaction, folded. */
  private receive(messages: readonly SseMessage[]): void {
    const batch: PublicEvent[] = [];
    let refold = false;
    try {
      for (const message of messages) {
        if (message.event === 'revealed') {
          const { events } = JSON.parse(message.data) as { events: StoredEvent[] };
          for (const event of events) if (this.revealed(event)) batch.push(event);
          refold = true;
        } else if (message.event === 'message') {
          const event = JSON.parse(message.data) as PublicEvent;
          const outcome = this.checked(event);
          if (outcome === 'gap') throw new Error(`gap: expected seq ${this.lastSeq + 1}, got ${event.seq}`);
          if (outcome === 'replaces') refold = true;
          if (outcome !== 'known') batch.push(event);
        }
      }
    } finally {
      // What was verified before a problem is kept; the problem itself stops the reading.
      this.unsaved.push(...batch);
      if (refold) {
        this.save();
        this.state = foldPublic(this.store.events(this.url, this.competitionId));
      } else {
        const fresh = batch.filter((e) => e.seq > (this.state?.lastSeq ?? 0));
        if (fresh.length) this.state = foldPublic(fresh, this.state);
      }
      this.saveSoon();
      if (batch.length) this.changed();
    }
  }

  /**
   * The copy is written a moment after it is folded, many events in one commit: standings show
   * a lift without waiting for an fsync, and a crash in between only means asking the source
   * again for those few events (it resumes from what was stored).
   */
  private saveSoon(): void {
    if (this.saveTimer || !this.unsaved.length) return;
    this.saveTimer = setTimeout(() => this.save(), SAVE_AFTER_MS);
    this.saveTimer.unref();
  }

  private save(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const events = this.unsaved.splice(0);
    this.store.putEvents(this.url, this.competitionId, events);
  }

  /**
   * Where an event of the feed fits: the next one (its chain checked), one we hold (it must be
   * the same event), or a gap. A broken chain or a changed event is a divergence.
   */
  private checked(event: PublicEvent): 'next' | 'known' | 'replaces' | 'gap' {
    if (event.seq <= this.lastSeq) {
      const held = this.hashes[event.seq];
      if (event.hash !== held) throw new Diverged({ seq: event.seq, reason: `the source rewrote its history: seq ${event.seq} has another hash` });
      if (isWithheldCopy(event)) return 'known';
      if (eventHash(this.hashes[event.seq - 1] as string, event) !== event.hash) throw new Diverged({ seq: event.seq, reason: `the data of seq ${event.seq} does not match its hash` });
      if (!this.withheld.has(event.seq)) return 'known';
      this.withheld.delete(event.seq);
      return 'replaces';
    }
    if (event.seq !== this.lastSeq + 1) return 'gap';
    const check = verifyPublicChain([event], { seq: this.lastSeq, hash: this.hashes[this.lastSeq] as string });
    if (!check.ok) throw new Diverged({ seq: check.seq, reason: `broken chain at seq ${check.seq}: ${check.reason}` });
    this.remember(event);
    return 'next';
  }

  /** A full event of a reveal replaces our withheld copy when it opens the hash published for that seq. */
  private revealed(event: StoredEvent): boolean {
    if (event.seq > this.lastSeq || !this.withheld.has(event.seq)) return false;
    const published = this.hashes[event.seq];
    if (event.hash !== published || eventHash(this.hashes[event.seq - 1] as string, event) !== published) {
      throw new Diverged({ seq: event.seq, reason: `the revealed event ${event.seq} does not open its published hash` });
    }
    this.withheld.delete(event.seq);
    return true;
  }

  private remember(event: PublicEvent): void {
    this.hashes[event.seq] = event.hash;
    this.lastSeq = event.seq;
    if (isWithheldCopy(event)) this.withheld.add(event.seq);
    else this.withheld.delete(event.seq);
  }

  private diverge(divergence: Divergence): void {
    this.save();
    this.divergence = divergence;
    this.store.setDiverged(this.url, this.competitionId, divergence);
    console.error(`series: stopped following ${this.competitionId} at ${this.url}: ${divergence.reason}`);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
