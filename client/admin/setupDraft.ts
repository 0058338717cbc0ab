import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import { DEFAULT_PLACEMENT_RULE } from '../../shared/disciplines/placement/rule.ts';
import { DEFAULT_TRANSSHIPMENT_RULE } from '../../shared/disciplines/transshipment/rule.ts';
import type { DisciplineKind } from '../../shared/disciplines/registry.ts';
import type { BoardClock, Crane, HeatPlan, Operator, Team } from '../../shared/schemas/setup.ts';

/**
 * Why an imported file does not fit: a message key under `admin.import` with its values (the
 * form says it in the console's language); the English sentence stays as the Error's message.
 */
export class DraftError extends Error {
  constructor(
    readonly key: 'notDocument' | 'unknownDiscipline' | 'needsCrane' | 'noRows' | 'missingColumn',
    readonly values: Record<string, string | number>,
    message: string,
  ) {
    super(message);
  }
}

/** One discipline of a several-discipline setup, as the form edits it: its rule as plain data. */
export interface DisciplineDraft {
  id: string;
  kind: DisciplineKind;
  name: LocalizedName;
  weight: number;
  rule: Record<string, unknown>;
}

/** A starting rule for each kind (the server fills what is left out; an exam needs its tasks). */
export const STARTING_RULES: Record<DisciplineKind, Record<string, unknown>> = {
  placement: (({ kind: _kind, ...rule }) => rule)(DEFAULT_PLACEMENT_RULE),
  transshipment: (({ kind: _kind, ...rule }) => rule)(DEFAULT_TRANSSHIPMENT_RULE),
  accounting: { timeLimitS: 1800, tasks: [{ id: 't1', maxPoints: 30, answer: 0, tolerance: 0 }, { id: 't2', maxPoints: 20 }] },
};

/**
 * What the setup form edits: a setup document as JSON-ready data. The server validates it
 * (the same zod schema as for creation); the form only shapes it.
 */
export interface SetupDraft {
  id: string;
  name: LocalizedName;
  venue?: LocalizedName;
  timeZone?: string;
  /** The board's clocks (the venue's and the other side's); none → the venue's zone and the border pair. */
  clocks?: BoardClock[];
  rule: {
    liftsPerHeat: number;
    heatDurationS: number;
    fullMarksWithinMm: number;
    pointsLostPerMm: number;
    penalties: Record<string, number>;
    reconcileToleranceMm: number;
    protestWindowMin: number;
  };
  /** Several disciplines (then `rule` is not sent); absent: the one placement discipline of `rule`. */
  disciplines?: DisciplineDraft[];
  teams: Team[];
  operators: Operator[];
  cranes: Crane[];
  heats: HeatPlan[];
  refereePin?: string;
}

export function emptyDraft(): SetupDraft {
  const { kind: _kind, penalties, ...numbers } = DEFAULT_PLACEMENT_RULE;
  return {
    id: '',
    name: {},
    rule: { ...numbers, penalties: { ...penalties } },
    teams: [{ id: 'CN', country: 'CN', name: { zh: '中国队' }, color: '#d52b1e' }, { id: 'KZ', country: 'KZ', name: { kk: 'Қазақстан құрамасы' }, color: '#00afca' }],
    operators: [],
    cranes: [],
    heats: [],
    refereePin: '',
  };
}

/** A setup document (fixtures format) or a competition as GET /api/competitions/:cid answers it → a draft. */
export function draftFromDocument(input: unknown): SetupDraft {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new DraftError('notDocument', {}, 'the file is not a setup document (a JSON object)');
  const doc = input as Record<string, unknown> & Partial<SetupDraft>;
  const base = emptyDraft();
  return {
    id: String(doc.id ?? ''),
    name: doc.name ?? {},
    ...(doc.venue ? { venue: doc.venue } : {}),
    ...(doc.timeZone ? { timeZone: doc.timeZone } : {}),
    ...(Array.isArray(doc.clocks) ? { clocks: doc.clocks } : {}),
    rule: { ...base.rule, ...(doc.rule ?? {}) },
    ...(Array.isArray(doc.disciplines) ? { disciplines: doc.disciplines.map(disciplineDraft) } : {}),
    teams: doc.teams ?? [],
    operators: doc.operators ?? [],
    cranes: doc.cranes ?? [],
    // A competition from the API carries live heat fields; a setup keeps only the plan.
    heats: (doc.heats ?? []).map((h) => ({
      id: h.id,
      operatorId: h.operatorId,
      ...(h.disciplineId ? { disciplineId: h.disciplineId } : {}),
      ...(h.craneId ? { craneId: h.craneId } : {}),
      ...(h.scheduledAt ? { scheduledAt: h.scheduledAt } : {}),
    })),
    refereePin: typeof doc.refereePin === 'string' ? doc.refereePin : '',
  };
}

/** A discipline as a document gives it (an API competition's too); the rule stays as written. */
function disciplineDraft(input: Partial<DisciplineDraft>): DisciplineDraft {
  const kind = (input.kind ?? 'placement') as DisciplineKind;
  const { kind: _kind, ...rule } = (input.rule ?? {}) as Record<string, unknown>;
  return { id: String(input.id ?? kind), kind, name: input.name ?? {}, weight: Number(input.weight ?? 1), rule };
}

/** The form's one placement rule as the first of several disciplines (when the organizer adds a second). */
export function disciplinesFromRule(draft: SetupDraft): DisciplineDraft[] {
  return [{ id: 'placement', kind: 'placement', name: {}, weight: 1, rule: { ...draft.rule } }];
}

/**
 * A roster may also plan heats: optional columns `disciplines` (ids separated by `;`) and
 * `craneId` give each operator a heat per discipline, `<discipline>-<operator>`, on that crane
 * (an accounting heat takes none).
 */
export function heatsFromCsv(text: string, disciplines: readonly DisciplineDraft[]): HeatPlan[] {
  const rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const kinds = new Map(disciplines.map((d) => [d.id, d.kind]));
  return rows.flatMap((row, i) =>
    (row.disciplines ?? '')
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean)
      .map((disciplineId) => {
        const kind = kinds.get(disciplineId);
        if (!kind) {
          const known = [...kinds.keys()].join(', ');
          throw new DraftError('unknownDiscipline', { row: i + 2, discipline: disciplineId, known }, `row ${i + 2}: unknown discipline ${disciplineId} (the setup has ${known})`);
        }
        const craneId = kind === 'accounting' ? undefined : row.craneId;
        if (kind !== 'accounting' && !craneId) throw new DraftError('needsCrane', { row: i + 2, discipline: disciplineId }, `row ${i + 2}: a ${kind} heat needs a craneId`);
        return { id: `${disciplineId}-${row.id}`, operatorId: row.id as string, disciplineId, ...(craneId ? { craneId } : {}) };
      }),
  );
}

/** An operator roster CSV: `id,teamId,bib,name_zh,name_kk,name_ru,name_en` (header row required). */
export function operatorsFromCsv(text: string): Operator[] {
  const rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  if (!rows.length) throw new DraftError('noRows', {}, 'the roster has no rows');
  return rows.map((row, i) => {
    for (const column of ['id', 'teamId', 'bib']) {
      if (!row[column]) throw new DraftError('missingColumn', { row: i + 2, column }, `row ${i + 2}: ${column} is missing (columns: id,teamId,bib,name_zh,name_kk,name_ru,name_en)`);
    }
    const name: LocalizedName = {};
    for (const language of ['zh', 'kk', 'ru', 'en'] as const) {
      const value = row[`name_${language}`];
      if (value) name[language] = value;
    }
    return { id: row.id as string, teamId: row.teamId as string, bib: row.bib as string, name };
  });
}

/** The body for POST (create) or PUT (edit): an empty PIN on an edit means "keep the PIN". */
export function documentFromDraft(draft: SetupDraft): Record<string, unknown> {
  const { refereePin, venue, timeZone, clocks, disciplines, rule, ...rest } = draft;
  return {
    ...rest,
    ...(disciplines
      ? { disciplines: disciplines.map((d) => ({ id: d.id, kind: d.kind, ...(Object.values(d.name).some(Boolean) ? { name: d.name } : {}), weight: d.weight, rule: d.rule })) }
      : { rule: { kind: 'placement', ...rule } }),
    ...(venue && Object.values(venue).some(Boolean) ? { venue } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(clocks?.some((c) => c.timeZone.trim()) ? { clocks: clocks.filter((c) => c.timeZone.trim()) } : {}),
    ...(refereePin ? { refereePin } : {}),
  };
}
