import { z } from 'zod';
import { penaltyList } from '../../schemas/common.ts';
import type { ReadingProblem } from '../discipline.ts';
import type { PlacementRule } from './rule.ts';

/** A signed offset of the container from its slot, in mm. */
export const offsetMm = z.number().finite().min(-10_000).max(10_000);

/** What a placement reading adds to a lift: where the container landed, penalties, dropped. */
export const placementReading = {
  dxMm: offsetMm,
  dyMm: offsetMm,
  penalties: penaltyList.default([]),
  dropped: z.boolean().default(false),
};

/** What a correction of a placement reading may change: any of the reading's fields. */
export const placementChange = {
  dxMm: offsetMm.optional(),
  dyMm: offsetMm.optional(),
  penalties: penaltyList.optional(),
  dropped: z.boolean().optional(),
};

/** What counts for a placement lift. */
export interface PlacementValue {
  dxMm: number;
  dyMm: number;
  penalties: string[];
  dropped: boolean;
}

export type PlacementChange = Partial<PlacementValue>;

/** The value a reading gives its lift (a reading carries more: container, slot, source…). */
export function valueOf(reading: PlacementValue): PlacementValue {
  return { dxMm: reading.dxMm, dyMm: reading.dyMm, penalties: reading.penalties, dropped: reading.dropped };
}

/** The value after a correction: the fields it gives replace the value's, the rest stay. */
export function applyCorrection(value: PlacementValue, change: PlacementChange): PlacementValue {
  return { ...value, ...change };
}

/** Penalty names come from the rule's table. */
export function checkReading(rule: PlacementRule, reading: PlacementChange): ReadingProblem | null {
  const unknown = reading.penalties?.find((name) => !Object.hasOwn(rule.penalties, name));
  if (unknown === undefined) return null;
  return { field: 'penalties', message: `unknown penalty ${unknown}; the rule has ${Object.keys(rule.penalties).join(', ')}` };
}

/**
 * The value of a lift body that has not reached the server yet (the tablet's outbox): read
 * leniently, since it was made by this app and the server will judge it.
 */
export function valueOfBody(body: Readonly<Record<string, unknown>>): PlacementValue {
  return {
    dxMm: Number(body.dxMm ?? 0),
    dyMm: Number(body.dyMm ?? 0),
    penalties: Array.isArray(body.penalties) ? (body.penalties as string[]) : [],
    dropped: body.dropped === true,
  };
}
