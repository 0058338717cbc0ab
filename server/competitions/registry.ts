import { AppError } from '../../shared/commandError.ts';
import { canonicalJson } from '../../shared/canonicalJson.ts';
import type { NewEvent, StoredEvent } from '../../shared/events.ts';
import { GENESIS_HASH, sha256Hex } from '../../shared/hashChain.ts';
import { apply, fold } from '../../shared/reducer.ts';
import { CompetitionSetup, type SetupDocument, type SetupEdit } from '../../shared/schemas/setup.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { hashKey, hashPin, newStationKey, pinMatches } from '../auth/secrets.ts';
import { actorOf, type Principal } from '../auth/principal.ts';
import type { EventStore } from '../db/eventStore.ts';
import type { SecretStore } from '../db/secretStore.ts';

export type EventListener = (competitionId: string, event: StoredEvent) => void;

export interface CommandResult {
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
   * Runs one command. With an idempotency key, a retry of a committed write returns the
   * original event, and the same key with another body is a conflict.
   */
  execute(
    competitionId: string,
    principal: Principal,
    idempotency: { key: string; body: unknown } | null,
    decide: (state: CompetitionState, nowIso: string) => NewEvent,
  ): CommandResult {
    const state = this.get(competitionId);
    const idem = idempotency && { key: idempotency.key, bodyHash: sha256Hex(canonicalJson(idempotency.body)) };
    if (idem) {
      const earlier = this.store.findByIdempotencyKey(competitionId, idem.key);
      if (earlier) {
        if (earlier.bodyHash !== idem.bodyHash) {
          throw new AppError('conflict', 'this id was already used with a different body', 'id');
        }
        return { event: earlier.event, replayed: true };
      }
    }
    const nowIso = this.now().toISOString();
    const newEvent = decide(state, nowIso);
    const event = this.store.transaction(() =>
      this.store.append(competitionId, { seq: state.lastSeq, hash: state.lastHash }, newEvent, actorOf(principal), nowIso, idem ?? undefined),
    );
    this.states.set(competitionId, apply(state, event));
    this.notify(competitionId, event);
    return { event, replayed: false };
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
    const state = this.get(competitionId);
    const { refereePin, ...rest } = document;
    const setup = CompetitionSetup.parse(rest);
    const newEvent = decide(state, setup);
    const before = new Set(state.setup.cranes.map((c) => c.id));
    const after = new Set(setup.cranes.map((c) => c.id));
    const stationKeys: Record<string, string> = {};
    const event = this.store.transaction(() => {
      const stored = this.store.append(competitionId, { seq: state.lastSeq, hash: state.lastHash }, newEvent, actorOf(principal), this.now().toISOString());
      if (refereePin !== undefined) this.secrets.put(competitionId, 'referee-pin', 'referee', hashPin(refereePin));
      for (const craneId of before) if (!after.has(craneId)) this.secrets.remove(competitionId, 'station-key', craneId);
      for (const craneId of after) {
        if (before.has(craneId)) continue;
        stationKeys[craneId] = newStationKey();
        this.secrets.put(competitionId, 'station-key', craneId, hashKey(stationKeys[craneId] as string));
      }
      return stored;
    });
    for (const craneId of before) if (!after.has(craneId)) this.forgetStationKey(competitionId, craneId);
    for (const [craneId, key] of Object.entries(stationKeys)) this.stationKeys.set(hashKey(key), { competitionId, craneId });
    const next = apply(state, event);
    this.states.set(competitionId, next);
    this.notify(competitionId, event);
    return { state: next, stationKeys };
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
