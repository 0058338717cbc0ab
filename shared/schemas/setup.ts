import { z } from 'zod';
import { LocalizedName, isoTime, slug, text, timeZone } from './common.ts';
import { DisciplineSpec } from '../disciplines/spec.ts';
import { Rule } from './rule.ts';

export const Team = z.strictObject({
  id: slug,
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code'),
  name: LocalizedName,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be #rrggbb'),
});

/** `personId`: the same person across competitions (series, personal bests); optional. */
export const Operator = z.strictObject({ id: slug, teamId: slug, bib: text, name: LocalizedName, personId: slug.optional() });

export const Crane = z.strictObject({
  id: slug,
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/), // bridge | gantry | other kinds
  teamId: slug.optional(),
  name: LocalizedName,
});

/** A heat: its discipline (optional when there is one) and its crane (accounting heats need none). */
export const HeatPlan = z.strictObject({
  id: slug,
  operatorId: slug,
  disciplineId: slug.optional(),
  craneId: slug.optional(),
  scheduledAt: isoTime.optional(),
});

/** One of the board's clocks: a zone and what the board calls it ("中国 · Қытай"). */
export const BoardClock = z.strictObject({ timeZone, label: LocalizedName });

/** A named referee as the log keeps it (the PIN is a secret and never in the log). */
export const Referee = z.strictObject({ id: slug, name: text });

const setupShape = {
  id: slug,
  name: LocalizedName,
  venue: LocalizedName.optional(),
  timeZone: timeZone.optional(),
  /** The board's clocks (the venue's and the other side's), each labelled; absent → the venue's zone and the border pair. */
  clocks: z.array(BoardClock).min(1).max(2).optional(),
  /** One discipline (id its kind, weight 1): every setup written before disciplines existed. */
  rule: Rule.optional(),
  /** Several disciplines, each with a weight in the overall score; never together with `rule`. */
  disciplines: z.array(DisciplineSpec).min(1).max(10).optional(),
  teams: z.array(Team).min(1).max(50),
  operators: z.array(Operator).min(1).max(500),
  cranes: z.array(Crane).min(1).max(100),
  heats: z.array(HeatPlan).min(1).max(2000),
  /** Named referees, each logging in with their own PIN; the shared `refereePin` is the simple option. */
  referees: z.array(Referee).max(100).optional(),
};

type SetupShape = z.infer<z.ZodObject<typeof setupShape>>;

/** A setup with neither `rule` nor `disciplines` is one placement discipline with the default rule. */
const defaultRule = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && !Array.isArray(input) && !('rule' in input) && !('disciplines' in input)
    ? { ...input, rule: {} }
    : input;

/** Ids are unique and every reference points at something that exists. */
function checkReferences(setup: SetupShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = (list: { id: string }[], name: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) issue([name, i, 'id'], `duplicate id ${item.id}`);
      seen.add(item.id);
    });
  };
  unique(setup.teams, 'teams');
  unique(setup.operators, 'operators');
  unique(setup.cranes, 'cranes');
  unique(setup.heats, 'heats');
  unique(setup.referees ?? [], 'referees');
  const teams = new Set(setup.teams.map((t) => t.id));
  const operators = new Set(setup.operators.map((o) => o.id));
  const cranes = new Set(setup.cranes.map((c) => c.id));
  if (setup.rule !== undefined && setup.disciplines !== undefined) issue(['disciplines'], 'give either rule or disciplines, not both');
  if (setup.disciplines) unique(setup.disciplines, 'disciplines');
  const kinds = new Map((setup.disciplines ?? []).map((d) => [d.id, d.kind]));
  const only = setup.disciplines ? (setup.disciplines.length === 1 ? setup.disciplines[0] : undefined) : setup.rule;
  setup.operators.forEach((o, i) => {
    if (!teams.has(o.teamId)) issue(['operators', i, 'teamId'], `unknown team ${o.teamId}`);
  });
  setup.cranes.forEach((c, i) => {
    if (c.teamId !== undefined && !teams.has(c.teamId)) issue(['cranes', i, 'teamId'], `unknown team ${c.teamId}`);
  });
  setup.heats.forEach((h, i) => {
    if (!operators.has(h.operatorId)) issue(['heats', i, 'operatorId'], `unknown operator ${h.operatorId}`);
    if (h.craneId !== undefined && !cranes.has(h.craneId)) issue(['heats', i, 'craneId'], `unknown crane ${h.craneId}`);
    if (h.disciplineId !== undefined && setup.disciplines && !kinds.has(h.disciplineId)) {
      issue(['heats', i, 'disciplineId'], `unknown discipline ${h.disciplineId}`);
      return;
    }
    if (h.disciplineId === undefined && !only) issue(['heats', i, 'disciplineId'], 'name the heat\'s discipline: the setup has several');
    if (h.disciplineId !== undefined && !setup.disciplines && h.disciplineId !== setup.rule?.kind) {
      issue(['heats', i, 'disciplineId'], `unknown discipline ${h.disciplineId}; the rule's is ${setup.rule?.kind}`);
    }
    const kind = h.disciplineId !== undefined && setup.disciplines ? kinds.get(h.disciplineId) : only?.kind;
    if (h.craneId === undefined && kind !== undefined && kind !== 'accounting') issue(['heats', i, 'craneId'], 'a heat needs a crane (only accounting heats need none)');
  });
}

/** The public part of a setup: everything but the referee PIN. */
export const CompetitionSetup = z.preprocess(defaultRule, z.strictObject(setupShape).superRefine(checkReferences));
export type CompetitionSetup = z.infer<typeof CompetitionSetup>;
export type Team = z.infer<typeof Team>;
export type Operator = z.infer<typeof Operator>;
export type Crane = z.infer<typeof Crane>;
export type HeatPlan = z.infer<typeof HeatPlan>;
export type Referee = z.infer<typeof Referee>;
export type BoardClock = z.infer<typeof BoardClock>;

const refereePin = z.string().regex(/^\d{4,12}$/, 'must be 4-12 digits');

/** Login finds a referee by PIN alone, so no two referees (nor the shared PIN) may share one. */
function checkPins(document: { refereePin?: string; referees?: { pin?: string }[] }, ctx: z.RefinementCtx, creating: boolean): void {
  if (creating && document.refereePin === undefined && !document.referees?.length) {
    ctx.addIssue({ code: 'custom', path: ['refereePin'], message: 'give a shared referee PIN or named referees with their own PINs' });
  }
  const seen = new Set(document.refereePin === undefined ? [] : [document.refereePin]);
  document.referees?.forEach((r, i) => {
    if (r.pin === undefined) return;
    if (seen.has(r.pin)) ctx.addIssue({ code: 'custom', path: ['referees', i, 'pin'], message: 'this PIN is already used; each referee needs their own' });
    seen.add(r.pin);
  });
}

const RefereeWithPin = Referee.extend({ pin: refereePin });

/** The body of POST /api/competitions: a setup plus the PINs (kept out of the log). */
export const SetupDocument = z.preprocess(
  defaultRule,
  z
    .strictObject({ ...setupShape, refereePin: refereePin.optional(), referees: z.array(RefereeWithPin).max(100).optional() })
    .superRefine(checkReferences)
    .superRefine((document, ctx) => checkPins(document, ctx, true)),
);
export type SetupDocument = z.infer<typeof SetupDocument>;

/** The body of PUT /api/competitions/:cid/setup: the same document; a PIN only when it changes (or for a new referee). */
export const SetupEdit = z.preprocess(
  defaultRule,
  z
    .strictObject({ ...setupShape, refereePin: refereePin.optional(), referees: z.array(RefereeWithPin.partial({ pin: true })).max(100).optional() })
    .superRefine(checkReferences)
    .superRefine((document, ctx) => checkPins(document, ctx, false)),
);
export type SetupEdit = z.infer<typeof SetupEdit>;
