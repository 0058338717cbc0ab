import { iso6346CheckDigit } from '../../shared/iso6346.ts';
import { hashUnit, simulatedIncidents, simulatedValue } from '../../shared/disciplines/placement/simulate.ts';
import { simulatedMove } from '../../shared/disciplines/transshipment/simulate.ts';
import type { StationReading } from './stationClient.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same rehearsal. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OWNERS = ['TCLU', 'TEMU', 'CAIU', 'CSQU', 'CBHU', 'MSKU', 'KZTU'];

/** A valid ISO 6346 number: owner code, 6-digit serial, computed check digit. */
export function randomContainerNo(random: () => number): string {
  const firstTen = (OWNERS[Math.floor(random() * OWNERS.length)] as string) + String(Math.floor(random() * 1e6)).padStart(6, '0');
  return firstTen + String(iso6346CheckDigit(firstTen));
}

/** One generated placement reading for a heat's lift, as the crane's measuring station would send it. */
export function generatedReading(
  random: () => number,
  lift: { heatId: string; index: number; operatorId: string; craneId: string },
  penaltyNames: readonly string[],
): StationReading {
  // Draws in a fixed order (incidents, container, landing, cycle time): a seed's rehearsal never changes.
  const incidents = simulatedIncidents(random, penaltyNames);
  const containerNo = randomContainerNo(random);
  const bay = String.fromCharCode(65 + Math.floor(hashUnit(lift.craneId) * 6));
  return {
    id: `sim-${lift.heatId}-${lift.index}`,
    heatId: lift.heatId,
    index: lift.index,
    containerNo,
    slot: `${bay}-${String(Math.ceil(lift.index / 2)).padStart(2, '0')}-${((lift.index - 1) % 2) + 1}`,
    ...simulatedValue(random, lift.operatorId, incidents),
    cycleTimeS: Math.round((60 + random() * 50) * 10) / 10,
  };
}

/** One generated container move of a transshipment heat, as the crane's station would report it. */
export function generatedMove(random: () => number, move: { heatId: string; index: number }, penaltyNames: readonly string[]): StationReading {
  // Draws in a fixed order (penalties, container): a seed's rehearsal never changes.
  const value = simulatedMove(random, move.index, penaltyNames);
  return { id: `sim-${move.heatId}-${move.index}`, heatId: move.heatId, index: move.index, containerNo: randomContainerNo(random), ...value };
}
