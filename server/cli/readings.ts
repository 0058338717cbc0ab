import { iso6346CheckDigit } from '../../shared/iso6346.ts';
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

/** A stable number in [0, 1) from a string, so an operator keeps the same skill across runs. */
function hashUnit(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) / 4294967296;
}

/** How good an operator is: a steady aim error (bias) and a spread, in mm. */
export interface OperatorSkill {
  biasXMm: number;
  biasYMm: number;
  spreadMm: number;
}

export function skillOf(operatorId: string): OperatorSkill {
  const u = hashUnit(operatorId);
  const v = hashUnit(`${operatorId}/bias`);
  return { spreadMm: 3 + 9 * u, biasXMm: Math.round((v - 0.5) * 8), biasYMm: Math.round((hashUnit(`${operatorId}/y`) - 0.5) * 8) };
}

const OWNERS = ['TCLU', 'TEMU', 'CAIU', 'CSQU', 'CBHU', 'MSKU', 'KZTU'];
/** Rates per lift: a relanding now and then, a rare collision, a very rare drop. */
const INCIDENTS = { relanding: 0.04, collision: 0.015, dropped: 0.005 };

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A valid ISO 6346 number: owner code, 6-digit serial, computed check digit. */
export function randomContainerNo(random: () => number): string {
  const firstTen = (OWNERS[Math.floor(random() * OWNERS.length)] as string) + String(Math.floor(random() * 1e6)).padStart(6, '0');
  return firstTen + String(iso6346CheckDigit(firstTen));
}

/** One generated reading for a heat's lift, as the crane's measuring station would send it. */
export function generatedReading(
  random: () => number,
  lift: { heatId: string; index: number; operatorId: string; craneId: string },
  penaltyNames: readonly string[],
): StationReading {
  const skill = skillOf(lift.operatorId);
  const dropped = random() < INCIDENTS.dropped;
  const penalties = penaltyNames.filter((name) => random() < (INCIDENTS[name as keyof typeof INCIDENTS] ?? 0.01));
  const bay = String.fromCharCode(65 + Math.floor(hashUnit(lift.craneId) * 6));
  return {
    id: `sim-${lift.heatId}-${lift.index}`,
    heatId: lift.heatId,
    index: lift.index,
    containerNo: randomContainerNo(random),
    slot: `${bay}-${String(Math.ceil(lift.index / 2)).padStart(2, '0')}-${((lift.index - 1) % 2) + 1}`,
    dxMm: dropped ? 0 : Math.round(skill.biasXMm + gaussian(random) * skill.spreadMm),
    dyMm: dropped ? 0 : Math.round(skill.biasYMm + gaussian(random) * skill.spreadMm),
    penalties: dropped ? [] : penalties,
    dropped,
    cycleTimeS: Math.round((60 + random() * 50) * 10) / 10,
  };
}
