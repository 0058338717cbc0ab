// Hostile bodies for the fuzz test: a valid body with exactly one thing made wrong, so
// the only correct answer is a 4xx in the documented shape and no write.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Mutation =
  | { kind: 'wrongType'; at: number; value: Json }
  | { kind: 'hugeString'; at: number; length: number }
  | { kind: 'unknownKey'; at: number; key: string; value: Json }
  | { kind: 'nonFinite'; at: number; value: number }
  | { kind: 'notAnObject'; value: Json };

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isAdmin', 'seq', 'source'];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('wrongType' as const), at: fc.nat(), value: fc.oneof<fc.Arbitrary<Json>[]>(fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.string({ maxLength: 5 }), fc.integer()) }),
  fc.record({ kind: fc.constant('hugeString' as const), at: fc.nat(), length: fc.integer({ min: 201, max: 120_000 }) }),
  fc.record({
    kind: fc.constant('unknownKey' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x_${s}`)),
    value: fc.oneof<fc.Arbitrary<Json>[]>(fc.constant({ isAdmin: true }), fc.constant(null), fc.integer(), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('nonFinite' as const), at: fc.nat(), value: fc.constantFrom(Number.NaN, Infinity, -Infinity) }),
  fc.record({ kind: fc.constant('notAnObject' as const), value: fc.oneof<fc.Arbitrary<Json>[]>(fc.constant([]), fc.constant([1, 2]), fc.string({ maxLength: 8 }), fc.integer(), fc.boolean()) }),
);

type Slot = { parent: Json[] | { [key: string]: Json }; key: string | number };

/** Every place a value sits in the tree (object fields and array items). */
function slots(value: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push({ parent: value, key: i }), slots(item, out)));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) out.push({ parent: value, key }), slots(value[key] as Json, out);
  return out;
}

/** Objects with a fixed set of keys (a record such as rule.penalties takes any name, so an extra key there is valid). */
function objects(value: Json, out: { [key: string]: Json }[] = [], isRecord = false): { [key: string]: Json }[] {
  if (Array.isArray(value)) for (const item of value) objects(item, out);
  else if (value !== null && typeof value === 'object') {
    if (!isRecord) out.push(value);
    for (const [key, item] of Object.entries(value)) objects(item, out, key === 'penalties');
  }
  return out;
}

const sameKind = (a: unknown, b: unknown): boolean =>
  (a === null) === (b === null) && Array.isArray(a) === Array.isArray(b) && typeof a === typeof b;

/** Applies the mutation to a copy of the valid body; falls back to an unknown key where the body has no such place. */
export function mutate(valid: Json, mutation: Mutation): Json {
  const body = structuredClone(valid);
  const all = slots(body);
  const set = (slot: Slot, value: Json) => ((slot.parent as Record<string | number, Json>)[slot.key] = value);
  switch (mutation.kind) {
    case 'notAnObject':
      return mutation.value;
    case 'wrongType': {
      const candidates = all.filter((s) => !sameKind((s.parent as Record<string | number, Json>)[s.key], mutation.value));
      const slot = candidates[mutation.at % Math.max(candidates.length, 1)];
      if (slot) return set(slot, mutation.value), body;
      break;
    }
    case 'hugeString': {
      const strings = all.filter((s) => typeof (s.parent as Record<string | number, Json>)[s.key] === 'string');
      const slot = strings[mutation.at % Math.max(strings.length, 1)];
      if (slot) return set(slot, 'Ж'.repeat(mutation.length)), body;
      break;
    }
    case 'nonFinite': {
      const numbers = all.filter((s) => typeof (s.parent as Record<string | number, Json>)[s.key] === 'number');
      const slot = numbers[mutation.at % Math.max(numbers.length, 1)];
      if (slot) return set(slot, mutation.value), body;
      break;
    }
    case 'unknownKey': {
      const targets = objects(body);
      const target = targets[mutation.at % targets.length] as { [key: string]: Json };
      // defineProperty makes an own "__proto__" key, as JSON.parse would, instead of setting the prototype.
      Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
      return body;
    }
  }
  const [target] = objects(body);
  if (!target) return [body];
  Object.defineProperty(target, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
  return body;
}

/** JSON text as a hostile client would write it: NaN as `NaN` (invalid JSON), ±Infinity as ±1e999 (parses to ±Infinity). */
export function hostileJson(value: Json): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? '1e999' : '-1e999';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(hostileJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${hostileJson(value[k] as Json)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
