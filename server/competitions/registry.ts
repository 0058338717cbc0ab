import { AppError } from '../../shared/commandError.ts';
import { canonicalJson } from '../../shared/canonicalJson.ts';
import type { NewEvent, StoredEvent } from '../../shared/events.ts';
import { GENESIS_HASH, sha256Hex } from '../../shared/hashChain.ts';
import { apply, applyToDraft, fold, startDraft, type Draft } from '../../shared/reducer.ts';
import { CompetitionSetup, type SetupDocument, type SetupEdit } from '../../shared/schemas/setup.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { hashKey, hashPin, newStationKey, pinMatches } from '../auth/secrets.ts';
import { actorOf, type Principal } from '../auth/principal.ts';
import type { EventStore } from '../db/eventStore.ts';
import type { SecretStore } from '../db/secretStore.ts';

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
 * Every competition's state, folded from its log at start and kept current by the one
 * write path: decide → append (committed) → apply → notify listeners.
 */
export class Competitions {
  private readonly states = new Map<string, CompetitionState>();
  /** sha256(station key) → the crane it belongs to. */
  private readonly stationKeys = new Map<string, { competitionId: string; craneId: string }>();
  private readonly listeners = new Set<EventListener>();
  /** Writes waiting for the next group commit (see `submit`). */
  private readonly queue: QueuedWrite[] = [];
  /** Told when a crane's station key stops working (reset, or the crane removed from the setup). */
  private readonly revokedListeners = new Set<(competitionId: string, craneId: string) => void>();

  constructor(
    private readonly store: EventStore,
    private readonly secrets: SecretStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    for (const id of store.competitionIds()) {
      const state = fold(store.since(id, 0));
      if (state) this.states.set(id, state);
    }
    for (const { competitionId, subject, hash } of secrets.all('station-key')) {
      this.stationKeys.set(hash, { competitionId, craneId: subject });
    }
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  list(): CompetitionState[] {
    return [...this.states.values()];
  }

  get(competitionId: string): CompetitionState {
    const state = this.states.get(competitionId);
    if (!state) throw new AppError('not_found', `unknown competition ${competitionId}`);
    return state;
  }

  has(competitionId: string): boolean {
    return this.states.has(competitionId);
  }

  /** Creates a competition from a setup document; the station keys are returned once, here. */
  create(document: SetupDocument, principal: Principal): { state: CompetitionState; stationKeys: Record<string, string> } {
    const { refereePin, ...rest } = document;
    const setup = CompetitionSetup.parse(rest);
    if (this.states.has(setup.id)) throw new AppError('conflict', `competition ${setup.id} already exists`, 'id');
    const stationKeys: Record<string, string> = {};
    const event = this.store.transaction(() => {
      const stored = this.store.append(
        setup.id,
        { seq: 0, hash: GENESIS_HASH },
        { type: 'competition.created', data: { setup } },
        actorOf(principal),
        this.now().toISOString(),
      );
      this.secrets.put(setup.id, 'referee-pin', 'referee', hashPin(refereePin));
      for (const crane of setup.cranes) {
        stationKeys[crane.id] = newStationKey();
        this.secrets.put(setup.id, 'station-key', crane.id, hashKey(stationKeys[crane.id] as string));
      }
      return stored;
    });
    for (const [craneId, key] of Object.entries(stationKeys)) this.stationKeys.set(hashKey(key), { competitionId: setup.id, craneId });
    const state = apply(null, event);
    this.states.set(setup.id, state);
    this.notify(setup.id, event);
    return { state, stationKeys };
  }

  /**
   * Runs one command now, in a transaction of its own. With an idempotency key, a retry of
   * a committed write returns the original event, and the same key with another body is a
   * conflict. Writes queued by `submit` are committed first, so arrival order holds.
   */
  execute(competitionId: string, principal: Principal, idempotency: Idempotent | null, decide: Decide): CommandResult {
    this.flush();
    const staged = new Map<string, Draft>();
    const result = this.store.transaction(() => this.stage(staged, competitionId, principal, idempotency, decide));
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
      // The commit itself failed: nothing of the batch happened.
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
    // One draft per competition per transaction: a batch copies the state's maps once.
    const draft = staged.get(competitionId) ?? startDraft(this.get(competitionId));
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
    const newEvent = decide(state, nowIso);
    const event = this.store.append(competitionId, { seq: state.lastSeq, hash: state.lastHash }, newEvent, actorOf(principal), nowIso, idem ?? undefined);
    applyToDraft(draft, event);
    staged.set(competitionId, draft);
    return { event, replayed: false, competitionId };
  }

  /** After the commit: the new states become current and listeners hear each new event in order. */
  private publish(staged: Map<string, Draft>, results: readonly CommandResult[]): void {
    for (const [competitionId, draft] of staged) this.states.set(competitionId, draft.state);
    for (const result of results) if (!result.replayed) this.notify(result.competitionId, result.event);
  }

  /**
   * Replaces the setup before the start (competition.updated) and, in the same
   * transaction, the PIN when given and station keys: new cranes get a key (returned
   * once), removed cranes lose theirs.
   */
  updateSetup(
    competitionId: string,
    principal: Principal,
    document: SetupEdit,
    decide: (state: CompetitionState, setup: CompetitionSetup) => NewEvent,
  ): { state: CompetitionState; stationKeys: Record<string, string> } {
    this.flush();
    const state = this.get(competitionId);
    const { refereePin, ...rest } = document;
    const setup = CompetitionSetup.parse(rest);
    const before = new Set(state.setup.cranes.map((c) => c.id));
    const after = new Set(setup.cranes.map((c) => c.id));
    const stationKeys: Record<string, string> = {};
    const staged = new Map<string, Draft>();
    // The same write path as every command, with the secrets in the same transaction.
    const result = this.store.transaction(() => {
      const stagedResult = this.stage(staged, competitionId, principal, null, (current) => decide(current, setup));
      if (refereePin !== undefined) this.secrets.put(competitionId, 'referee-pin', 'referee', hashPin(refereePin));
      for (const craneId of before) if (!after.has(craneId)) this.secrets.remove(competitionId, 'station-key', craneId);
      for (const craneId of after) {
        if (before.has(craneId)) continue;
        stationKeys[craneId] = newStationKey();
        this.secrets.put(competitionId, 'station-key', craneId, hashKey(stationKeys[craneId] as string));
      }
      return stagedResult;
    });
    for (const craneId of before) if (!after.has(craneId)) this.forgetStationKey(competitionId, craneId);
    for (const [craneId, key] of Object.entries(stationKeys)) this.stationKeys.set(hashKey(key), { competitionId, craneId });
    this.publish(staged, [result]);
    return { state: this.get(competitionId), stationKeys };
  }

  /** A new key for a crane's station; the old one stops working at once. Returned once, here. */
  resetStationKey(competitionId: string, craneId: string): string {
    const state = this.get(competitionId);
    if (!state.setup.cranes.some((c) => c.id === craneId)) throw new AppError('not_found', `unknown crane ${craneId}`);
    const key = newStationKey();
    this.secrets.put(competitionId, 'station-key', craneId, hashKey(key));
    this.forgetStationKey(competitionId, craneId);
    this.stationKeys.set(hashKey(key), { competitionId, craneId });
    return key;
  }

  onStationKeyRevoked(listener: (competitionId: string, craneId: string) => void): () => void {
    this.revokedListeners.add(listener);
    return () => this.revokedListeners.delete(listener);
  }

  private forgetStationKey(competitionId: string, craneId: string): void {
    for (const [hash, owner] of this.stationKeys) {
      if (owner.competitionId === competitionId && owner.craneId === craneId) this.stationKeys.delete(hash);
    }
    for (const listener of this.revokedListeners) listener(competitionId, craneId);
  }

  eventsSince(competitionId: string, seq: number, limit?: number): StoredEvent[] {
    this.get(competitionId);
    return this.store.since(competitionId, seq, limit);
  }

  stationFor(key: string): { competitionId: string; craneId: string } | undefined {
    return this.stationKeys.get(hashKey(key));
  }

  pinMatches(competitionId: string, pin: string): boolean {
    const stored = this.secrets.get(competitionId, 'referee-pin', 'referee');
    return stored !== undefined && pinMatches(pin, stored);
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
