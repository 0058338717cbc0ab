// Builds competition logs for unit tests: a chain of StoredEvents with gapless seq, a
// server time one second apart, an actor and a correctly chained hash — exactly what the
// event store would hold — so tests fold real logs instead of hand-made states.
import { readFileSync } from 'node:fs';
import type { Actor, LiftSource, NewEvent, StoredEvent } from '../../shared/events.ts';
import { GENESIS_HASH, eventHash } from '../../shared/hashChain.ts';
import { iso6346CheckDigit } from '../../shared/iso6346.ts';
import { fold } from '../../shared/reducer.ts';
import type { PlacementValue } from '../../shared/disciplines/placement/reading.ts';
import type { PlacementRule } from '../../shared/disciplines/placement/rule.ts';
import { CompetitionSetup } from '../../shared/schemas/setup.ts';
import type { CompetitionState, LiftValue } from '../../shared/state.ts';

export const ADMIN: Actor = { role: 'admin' };
export const REFEREE: Actor = { role: 'referee' };
export const station = (craneId: string): Actor => ({ role: 'station', id: craneId });

/** The first event's server time; `atS(n)` is n seconds later. */
export const T0 = '2025-07-20T02:00:00.000Z';
export const atS = (seconds: number): string => new Date(Date.parse(T0) + seconds * 1000).toISOString();

/** A valid ISO 6346 number for a serial, check digit computed, e.g. containerNo(305438) = CSQU3054383. */
export function containerNo(serial: number, owner = 'CSQU'): string {
  const firstTen = owner + String(serial).padStart(6, '0');
  return firstTen + String(iso6346CheckDigit(firstTen));
}

type HeatRow = readonly [heatId: string, operatorId: string, craneId: string];

/**
 * Two teams of two: cn-1, cn-2 on crane cn-bridge-1 (heats h1, h2), kz-1, kz-2 on crane
 * kz-gantry-1 (heats h3, h4). The rule is the default unless some numbers are given.
 */
export function smallSetup(options: { rule?: Partial<PlacementRule>; heats?: readonly HeatRow[] } = {}): CompetitionSetup {
  const name = (en: string) => ({ en });
  const heats = options.heats ?? [
    ['h1', 'cn-1', 'cn-bridge-1'],
    ['h2', 'cn-2', 'cn-bridge-1'],
    ['h3', 'kz-1', 'kz-gantry-1'],
    ['h4', 'kz-2', 'kz-gantry-1'],
  ];
  return CompetitionSetup.parse({
    id: 'unit-cup',
    name: name('Unit cup'),
    rule: options.rule ?? {},
    teams: [
      { id: 'CN', country: 'CN', name: name('China'), color: '#d52b1e' },
      { id: 'KZ', country: 'KZ', name: name('Kazakhstan'), color: '#00afca' },
    ],
    operators: ['cn-1', 'cn-2', 'kz-1', 'kz-2'].map((id, i) => ({ id, teamId: id.slice(0, 2).toUpperCase(), bib: String(101 + i), name: name(id) })),
    cranes: [
      { id: 'cn-bridge-1', kind: 'bridge', teamId: 'CN', name: name('Bridge crane 1') },
      { id: 'kz-gantry-1', kind: 'gantry', teamId: 'KZ', name: name('Gantry crane 1') },
    ],
    heats: heats.map(([id, operatorId, craneId]) => ({ id, operatorId, craneId })),
  });
}

/** The Alashankou demo (8 operators, 4 cranes, heats h1..h8), without its referee PIN. */
export function demoSetup(): CompetitionSetup {
  const path = new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url);
  const { refereePin: _pin, ...setup } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return CompetitionSetup.parse(setup);
}

export type Placement = Pick<PlacementValue, 'dxMm' | 'dyMm'> & Partial<Pick<PlacementValue, 'penalties' | 'dropped'>>;

/** An append-only log that starts with competition.created, with shorthands in the rule's words. */
export class EventLog {
  readonly events: StoredEvent[] = [];

  constructor(readonly setup: CompetitionSetup) {
    this.append({ type: 'competition.created', data: { setup } }, ADMIN);
  }

  /** Appends with the next seq, a server time `seq − 1` seconds after T0 and the chained hash. */
  append(event: NewEvent, actor: Actor = REFEREE): this {
    const seq = this.events.length + 1;
    const prevHash = this.events.at(-1)?.hash ?? GENESIS_HASH;
    const unhashed = { ...event, seq, at: atS(seq - 1), actor } as Omit<StoredEvent, 'hash'>;
    this.events.push({ ...unhashed, hash: eventHash(prevHash, unhashed) } as StoredEvent);
    return this;
  }

  get state(): CompetitionState {
    const state = fold(this.events);
    if (!state) throw new Error('empty log');
    return state;
  }

  /** The state of a placement competition, whose lifts hold placement values. */
  get placementState(): CompetitionState<PlacementValue> {
    return this.state as CompetitionState<PlacementValue>;
  }

  /** Runs a command decision on the current state and appends the event it returns. */
  decide(decision: (state: CompetitionState) => NewEvent, actor: Actor = REFEREE): this {
    return this.append(decision(this.state), actor);
  }

  start(heatId: string, atSeconds = 0): this {
    return this.append({ type: 'heat.started', data: { heatId, at: atS(atSeconds) } });
  }

  finish(heatId: string, atSeconds: number): this {
    return this.append({ type: 'heat.finished', data: { heatId, at: atS(atSeconds) } });
  }

  confirm(heatId: string): this {
    return this.append({ type: 'heat.confirmed', data: { heatId } });
  }

  /** A reading; its id is `${source}-${heatId}-${index}` unless given. */
  lift(heatId: string, index: number, placement: Placement, source: LiftSource = 'referee', id = `${source}-${heatId}-${index}`): this {
    const heat = this.setup.heats.find((h) => h.id === heatId);
    const reading = {
      id,
      heatId,
      index,
      containerNo: containerNo(index),
      penalties: [],
      dropped: false,
      ...placement,
      source,
    };
    return this.append({ type: 'lift.recorded', data: { lift: reading } }, source === 'station' ? station(heat?.craneId ?? '?') : REFEREE);
  }

  correct(liftId: string, change: Partial<LiftValue>, id = `fix-${this.events.length}`): this {
    return this.append({ type: 'lift.corrected', data: { id, liftId, ...change, reason: 'video review' } });
  }

  void(liftId: string, id = `void-${this.events.length}`): this {
    return this.append({ type: 'lift.voided', data: { id, liftId, reason: 'crane fault, lift repeated' } });
  }
}
