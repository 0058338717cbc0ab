import type { PlacementValue } from './reading.ts';

// Readings a crane station might send, for the simulator (rehearsals, load tests). Pure: the
// caller passes a seeded random source, so the same seed gives the same rehearsal.

/** A stable number in [0, 1) from a string, so an operator keeps the same skill across runs. */
export function hashUnit(text: string): number {
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

/** Rates per lift: a relanding now and then, a rare collision, a very rare drop. */
const INCIDENTS = { relanding: 0.04, collision: 0.015, dropped: 0.005 };

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export interface Incidents {
  dropped: boolean;
  penalties: string[];
}

/** What went wrong on a lift, drawn before anything else about it. */
export function simulatedIncidents(random: () => number, penaltyNames: readonly string[]): Incidents {
  const dropped = random() < INCIDENTS.dropped;
  const penalties = penaltyNames.filter((name) => random() < (INCIDENTS[name as keyof typeof INCIDENTS] ?? 0.01));
  return { dropped, penalties };
}

/** Where the container landed, by the operator's skill; a dropped container has no offsets or penalties. */
export function simulatedValue(random: () => number, operatorId: string, incidents: Incidents): PlacementValue {
  const skill = skillOf(operatorId);
  const { dropped } = incidents;
  return {
    dxMm: dropped ? 0 : Math.round(skill.biasXMm + gaussian(random) * skill.spreadMm),
    dyMm: dropped ? 0 : Math.round(skill.biasYMm + gaussian(random) * skill.spreadMm),
    penalties: dropped ? [] : incidents.penalties,
    dropped,
  };
}
