import { z } from 'zod';
import { LocalizedName, isoTime, slug, text } from './common.ts';
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

export const HeatPlan = z.strictObject({ id: slug, operatorId: slug, craneId: slug, scheduledAt: isoTime.optional() });

const setupShape = {
  id: slug,
  name: LocalizedName,
  venue: LocalizedName.optional(),
  timeZone: text.optional(),
  rule: Rule.default(Rule.parse({})),
  teams: z.array(Team).min(1).max(50),
  operators: z.array(Operator).min(1).max(500),
  cranes: z.array(Crane).min(1).max(100),
  heats: z.array(HeatPlan).min(1).max(2000),
};

type SetupShape = z.infer<z.ZodObject<typeof setupShape>>;

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
  const teams = new Set(setup.teams.map((t) => t.id));
  const operators = new Set(setup.operators.map((o) => o.id));
  const cranes = new Set(setup.cranes.map((c) => c.id));
  setup.operators.forEach((o, i) => {
    if (!teams.has(o.teamId)) issue(['operators', i, 'teamId'], `unknown team ${o.teamId}`);
  });
  setup.cranes.forEach((c, i) => {
    if (c.teamId !== undefined && !teams.has(c.teamId)) issue(['cranes', i, 'teamId'], `unknown team ${c.teamId}`);
  });
  setup.heats.forEach((h, i) => {
    if (!operators.has(h.operatorId)) issue(['heats', i, 'operatorId'], `unknown operator ${h.operatorId}`);
    if (!cranes.has(h.craneId)) issue(['heats', i, 'craneId'], `unknown crane ${h.craneId}`);
  });
}

/** The public part of a setup: everything but the referee PIN. */
export const CompetitionSetup = z.strictObject(setupShape).superRefine(checkReferences);
export type CompetitionSetup = z.infer<typeof CompetitionSetup>;
export type Team = z.infer<typeof Team>;
export type Operator = z.infer<typeof Operator>;
export type Crane = z.infer<typeof Crane>;
export type HeatPlan = z.infer<typeof HeatPlan>;

const refereePin = z.string().regex(/^\d{4,12}$/, 'must be 4-12 digits');

/** The body of POST /api/competitions: a setup plus the referee PIN (kept out of the log). */
export const SetupDocument = z.strictObject({ ...setupShape, refereePin }).superRefine(checkReferences);
export type SetupDocument = z.infer<typeof SetupDocument>;

/** The body of PUT /api/competitions/:cid/setup: the same document; a PIN only when it changes. */
export const SetupEdit = z.strictObject({ ...setupShape, refereePin: refereePin.optional() }).superRefine(checkReferences);
export type SetupEdit = z.infer<typeof SetupEdit>;
