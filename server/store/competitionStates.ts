import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/commandError.ts';
import { canonicalJson } from '../../shared/canonicalJson.ts';
import type { NewEvent, StoredEvent } from '../../shared/events.ts';
import { GENESIS_HASH, sha256Hex } from '../../shared/hashChain.ts';
import { setupHasKey } from '../../shared/public/sealed.ts';
import { needsSalt } from '../../shared/public/withheld.ts';
import { apply, applyToDraft, fold, rollBack, startDraftInPlace, type Draft } from '../../shared/reducer.ts';
import { listingTimes } from '../../shared/listingTimes.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { actorOf, type Principal } from '../auth/principal.ts';
import type { EventStore } from './eventStore.ts';

type Decide = (state: CompetitionState, nowIso: string) => NewEvent;
type Idempotent = { key: string; body: unknown };

interface QueuedWrite {
  competitionId: string;
  principal: Principal;
  idempotency: Idempotent | null;
  decide: Decide;
  resolve: (result: CommandResult) => void;
  reject: (error: unknown) => void;
}

export type EventListener = (competitionId: string, event: StoredEvent) => void;

export interface CommandResult {
  competitionId: string;
  event: StoredEvent;
  /** True when this was a retry of a write already committed: same id, same body. */
  replayed: boolean;
}

/**
 * Rows that must land with an event but are not part of the log (a setup's secrets):
 * `write` runs in the event's transaction, after the append; `committed` after the commit,
 * before anyone hears of the event.
 */
export interface Alongside {
  write(): void;
  committed(): void;
}

/** What the list of competitions shows, kept for every competition without folding its log. */
export interface CompetitionSummary {
  id: string;
  name: CompetitionSetup['name'];
  venue: CompetitionSetup['venue'];
  status: CompetitionState['status'];
  lastSeq: number;
  /** The venue's zone and the first scheduled heat, for the list's date (DESIGN "Client routes"). */
  timeZone?: string;
  startsAt?: string;
}

const summaryOf = (state: CompetitionState, lastSeq = state.lastSeq): CompetitionSummary => ({
  id: state.setup.id,
  name: state.setup.name,
  venue: state.setup.venue,
  status: state.status,
  lastSeq,
  ...listingTimes(state.setup),
});

/**
 * Every competition's state, folded from its log on first use (a server with a hundred
 * past competitions starts without reading their lifts) and kept current by the one write
 * path: decide → append (committed) → apply → notify listeners. Official competitions
 * nobody has read for a while are dropped from memory (`evictIdle`) and folded again when
 * asked for; the summaries behind the list stay.
 */
export class CompetitionStates {
  private readonly states = new Map<string, CompetitionState>();
  private readonly summaries = new Map<string, CompetitionSummary>();
  /** When each folded state was last asked for (ms), for eviction. */
  private readonly lastUsedMs = new Map<string, number>();
  private readonly listeners = new Set<EventListener>();
  /** Writes waiting for the next group commit (see `submit`). */
  private readonly queue: QueuedWrite[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Only the events that set name, status and seq: a summary, not the state.
    for (const id of store.competitionIds()) {
      const { events, lastSeq } = store.summaryEvents(id);
      const state = fold(events);
      if (state) this.summaries.set(id, summaryOf(state, lastSeq));
    }
  }

  /** Drops official competitions not asked for in `idleMs`; returns their ids. */
  evictIdle(idleMs: number, nowMs = Date.now()): string[] {
    const evicted: string[] = [];
    for (const [id, state] of this.states) {
      if (state.status !== 'official' || nowMs - (this.lastUsedMs.get(id) ?? 0) < idleMs) continue;
      if (this.queue.some((w) => w.competitionId === id)) continue;
      this.states.delete(id);
      this.lastUsedMs.delete(id);
      evicted.push(id);
    }
    return evicted;
  }

  /** How many competitions are folded in memory now (the rest are summaries). */
  get loadedCount(): number {
    return this.states.size;
  }

  /** Folds a competition's log page by page. */
  private load(competitionId: string): CompetitionState | undefined {
    let state: CompetitionState | null = null;
    for (const page of this.store.pages(competitionId, 0)) state = fold(page, state);
    if (!state) return undefined;
    this.states.set(competitionId, state);
    return state;
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  list(): CompetitionSummary[] {
    return [...this.summaries.values()];
  }

  get(competitionId: string): CompetitionState {
    const state = this.states.get(competitionId) ?? (this.summaries.has(competitionId) ? this.load(competitionId) : undefined);
    if (!state) throw new AppError('not_found', `unknown competition ${competitionId}`);
    this.lastUsedMs.set(competitionId, Date.now());
    return state;
  }

  has(competitionId: string): boolean {
    return this.summaries.has(competitionId);
  }

  /** Starts a competition's log with `competition.created`. */
  add(setup: CompetitionSetup, principal: Principal, alongside?: Alongside): CompetitionState {
    if (this.summaries.has(setup.id)) throw new AppError('conflict', `competition ${setup.id} already exists`, 'id');
    const event = this.store.transaction(() => {
      const stored = this.store.append(
        setup.id,
        { seq: 0, hash: GENESIS_HASH },
        salted(null, { type: 'competition.created', data: { setup } }),
        actorOf(principal),
        this.now().toISOString(),
      );
      alongside?.write();
      return stored;
    });
    alongside?.committed();
    const state = apply(null, event);
    this.states.set(setup.id, state);
    this.summaries.set(setup.id, summaryOf(state));
    this.lastUsedMs.set(setup.id, Date.now());
    this.notify(setup.id, event);
    return state;
  }

  /**
   * Runs one command now, in a transaction of its own. With an idempotency key, a retry of
   * a committed write returns the original event, and the same key with another body is a
   * conflict. Writes queued by `submit` are committed first, so arrival order holds.
   */
  execute(competitionId: string, principal: Principal, idempotency: Idempotent | null, decide: Decide, alongside?: Alongside): CommandResult {
    this.flush();
    const staged = new Map<string, Draft>();
    let result: CommandResult;
    try {
      result = this.store.transaction(() => {
        const stagedResult = this.stage(staged, competitionId, principal, idempotency, decide);
        if (!stagedResult.replayed) alongside?.write();
        return stagedResult;
      });
    } catch (error) {
      for (const draft of staged.values()) rollBack(draft);
      throw error;
    }
    if (!result.replayed) alongside?.committed();
    this.publish(staged, [result]);
    return result;
  }

  /**
   * Like `execute`, but the write joins the others that arrive in the same turn of the event
   * loop and they commit in one transaction: one fsync for many lifts, each still answered
   * only after its commit.
   */
  submit(competitionId: string, principal: Principal, idempotency: Idempotent | null, decide: Decide): Promise<CommandResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ competitionId, principal, idempotency, decide, resolve, reject });
      if (this.queue.length === 1) setImmediate(() => this.flush());
    });
  }

  /** Commits every queued write in one transaction; a refused command refuses only itself. */
  private flush(): void {
    const batch = this.queue.splice(0);
    if (!batch.length) return;
    const staged = new Map<string, Draft>();
    let outcomes: ({ ok: true; result: CommandResult } | { ok: false; error: unknown })[];
    try {
      outcomes = this.store.transaction(() =>
        batch.map((item) => {
          try {
            return { ok: true as const, result: this.stage(staged, item.competitionId, item.principal, item.idempotency, item.decide) };
          } catch (error) {
            // A refused command (AppError) refuses only itself; anything else is a fault and
            // rolls the whole batch back, so the log and the state never part ways.
            if (error instanceof AppError) return { ok: false as const, error };
            throw error;
          }
        }),
      );
    } catch (error) {
      // The commit itself failed: nothing of the batch happened, in the log or in memory.
      for (const draft of staged.values()) rollBack(draft);
      for (const item of batch) item.reject(error);
      return;
    }
    this.publish(
      staged,
      outcomes.flatMap((o) => (o.ok ? [o.result] : [])),
    );
    outcomes.forEach((outcome, i) => (outcome.ok ? batch[i]!.resolve(outcome.result) : batch[i]!.reject(outcome.error)));
  }

  /** Decides and appends one command against the state staged so far in this transaction. */
  private stage(staged: Map<string, Draft>, competitionId: string, principal: Principal, idempotency: Idempotent | null, decide: Decide): CommandResult {
    // One draft per competition per transaction, writing into the current state's maps (copying
    // them per commit grew with the competition); a failed commit rolls it back.
    const draft = staged.get(competitionId) ?? startDraftInPlace(this.get(competitionId));
    const state = draft.state;
    const idem = idempotency && { key: idempotency.key, bodyHash: sha256Hex(canonicalJson(idempotency.body)) };
    if (idem) {
      const earlier = this.store.findByIdempotencyKey(competitionId, idem.key);
      if (earlier) {
        if (earlier.bodyHash !== idem.bodyHash) {
          throw new AppError('conflict', 'this id was already used with a different body', 'id');
        }
        return { event: earlier.event, replayed: true, competitionId };
      }
    }
    const nowIso = this.now().toISOString();
    const newEvent = salted(state, decide(state, nowIso));
    const event = this.store.append(competitionId, { seq: state.lastSeq, hash: state.lastHash }, newEvent, actorOf(principal), nowIso, idem ?? undefined);
    applyToDraft(draft, event);
    staged.set(competitionId, draft);
    return { event, replayed: false, competitionId };
  }

  /** After the commit: the new states become current and listeners hear each new event in order. */
  private publish(staged: Map<string, Draft>, results: readonly CommandResult[]): void {
    for (const [competitionId, draft] of staged) {
      this.states.set(competitionId, draft.state);
      this.summaries.set(competitionId, summaryOf(draft.state));
    }
    for (const result of results) if (!result.replayed) this.notify(result.competitionId, result.event);
  }

  eventsSince(competitionId: string, seq: number, limit?: number): StoredEvent[] {
    this.get(competitionId);
    return this.store.since(competitionId, seq, limit);
  }

  private notify(competitionId: string, event: StoredEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(competitionId, event);
      } catch (error) {
        // A failing listener (a broken socket) must not undo or hide a committed write.
        console.error('event listener failed', error);
      }
    }
  }
}

/**
 * An event the public will see only as a withheld copy carries a random salt: its hash is
 * published at once, and dx/dy, a mark or an answer key are few enough to find by trying them all.
 */
function salted(state: CompetitionState | null, event: NewEvent): NewEvent {
  // A new competition has no state yet: its setup needs a salt when it holds an answer key.
  const salt = state ? needsSalt(state, event) : event.type === 'competition.created' && setupHasKey(event.data.setup);
  if (!salt) return event;
  return { ...event, data: { ...event.data, salt: randomBytes(16).toString('hex') } } as NewEvent;
}
