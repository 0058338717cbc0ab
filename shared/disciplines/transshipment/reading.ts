import { z } from 'zod';
import { penaltyList, text } from '../../schemas/common.ts';
import type { ReadingProblem } from '../discipline.ts';
import type { TransshipmentRule } from './rule.ts';

/** What a container move adds to a lift: the wagon slots it left and reached, penalties by name. */
export const transshipmentReading = {
  fromSlot: text.optional(),
  toSlot: text.optional(),
  penalties: penaltyList.default([]),
};

/** What a correction of a move may change. */
export const transshipmentChange = {
  fromSlot: text.optional(),
  toSlot: text.optional(),
  penalties: penaltyList.optional(),
};

/** What counts for a moved container: its penalties (the slots are for the record). */
export interface TransshipmentValue {
  penalties: string[];
  fromSlot?: string;
  toSlot?: string;
}

export type TransshipmentChange = Partial<TransshipmentValue>;

const withSlots = (penalties: string[], fromSlot?: string, toSlot?: string): TransshipmentValue => ({
  penalties,
  ...(fromSlot !== undefined ? { fromSlot } : {}),
  ...(toSlot !== undefined ? { toSlot } : {}),
});

export const valueOf = (reading: TransshipmentValue): TransshipmentValue => withSlots(reading.penalties, reading.fromSlot, reading.toSlot);

export function applyCorrection(value: TransshipmentValue, change: TransshipmentChange): TransshipmentValue {
  return withSlots(change.penalties ?? value.penalties, change.fromSlot ?? value.fromSlot, change.toSlot ?? value.toSlot);
}

/** Penalty names come from the rule's table of seconds. */
export function checkReading(rule: TransshipmentRule, reading: TransshipmentChange): ReadingProblem | null {
  const unknown = reading.penalties?.find((name) => !Object.hasOwn(rule.penaltiesS, name));
  if (unknown === undefined) return null;
  return { field: 'penalties', message: `unknown penalty ${unknown}; the rule has ${Object.keys(rule.penaltiesS).join(', ')}` };
}

/** A body not yet sent (the tablet's outbox), read leniently. */
export function valueOfBody(body: Readonly<Record<string, unknown>>): TransshipmentValue {
  const slot = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return withSlots(Array.isArray(body.penalties) ? (body.penalties as string[]) : [], slot(body.fromSlot), slot(body.toSlot));
}
