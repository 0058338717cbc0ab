import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import { DEFAULT_PLACEMENT_RULE } from '../../shared/disciplines/placement/rule.ts';
import type { Crane, HeatPlan, Operator, Team } from '../../shared/schemas/setup.ts';

/**
 * What the setup form edits: a setup document as JSON-ready data. The server validates it
 * (the same zod schema as for creation); the form only shapes it.
 */
export interface SetupDraft {
  id: string;
  name: LocalizedName;
  venue?: LocalizedName;
  timeZone?: string;
  rule: {
    liftsPerHeat: number;
    heatDurationS: number;
    fullMarksWithinMm: number;
    pointsLostPerMm: number;
    penalties: Record<string, number>;
    reconcileToleranceMm: number;
    protestWindowMin: number;
  };
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
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('the file is not a setup document (a JSON object)');
  const doc = input as Record<string, unknown> & Partial<SetupDraft>;
  const base = emptyDraft();
  return {
    id: String(doc.id ?? ''),
    name: doc.name ?? {},
    ...(doc.venue ? { venue: doc.venue } : {}),
    ...(doc.timeZone ? { timeZone: doc.timeZone } : {}),
    rule: { ...base.rule, ...(doc.rule ?? {}) },
    teams: doc.teams ?? [],
    operators: doc.operators ?? [],
    cranes: doc.cranes ?? [],
    // A competition from the API carries live heat fields; a setup keeps only the plan.
    heats: (doc.heats ?? []).map((h) => ({ id: h.id, operatorId: h.operatorId, craneId: h.craneId, ...(h.scheduledAt ? { scheduledAt: h.scheduledAt } : {}) })),
    refereePin: typeof doc.refereePin === 'string' ? doc.refereePin : '',
  };
}

/** An operator roster CSV: `id,teamId,bib,name_zh,name_kk,name_ru,name_en` (header row required). */
export function operatorsFromCsv(text: string): Operator[] {
  const rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  if (!rows.length) throw new Error('the roster has no rows');
  return rows.map((row, i) => {
    for (const column of ['id', 'teamId', 'bib']) {
      if (!row[column]) throw new Error(`row ${i + 2}: ${column} is missing (columns: id,teamId,bib,name_zh,name_kk,name_ru,name_en)`);
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
  const { refereePin, venue, timeZone, ...rest } = draft;
  return {
    ...rest,
    rule: { kind: 'placement', ...draft.rule },
    ...(venue && Object.values(venue).some(Boolean) ? { venue } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(refereePin ? { refereePin } : {}),
  };
}
