import { useState } from 'react';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import type { Crane, HeatPlan, Operator, Team } from '../../shared/schemas/setup.ts';
import { useAdmin } from './adminStore.ts';
import { RowEditor, type RowColumn } from './RowEditor.tsx';
import { DisciplinesEditor } from './DisciplinesEditor.tsx';
import { disciplinesFromRule, draftFromDocument, heatsFromCsv, operatorsFromCsv, type SetupDraft } from './setupDraft.ts';

/** A localized name's field; an emptied field is removed, not sent as "". */
const nameField = <Row extends { name: LocalizedName }>(language: keyof LocalizedName): RowColumn<Row> => ({
  label: `name ${language}`,
  get: (row) => row.name[language] ?? '',
  set: (row, value) => {
    const name = { ...row.name };
    if (value) name[language] = value;
    else delete name[language];
    return { ...row, name };
  },
});
const field = <Row,>(key: keyof Row & string, label: string = key, options?: string[]): RowColumn<Row> => ({
  label,
  options,
  get: (row) => String(row[key] ?? ''),
  set: (row, value) => ({ ...row, [key]: value || undefined }),
});

const RULE_NUMBERS = ['liftsPerHeat', 'heatDurationS', 'fullMarksWithinMm', 'pointsLostPerMm', 'reconcileToleranceMm', 'protestWindowMin'] as const;

const penaltiesText = (penalties: Record<string, number>) => Object.entries(penalties).map(([k, v]) => `${k}=${v}`).join(', ');
function parsePenalties(text: string): Record<string, number> {
  const entries = text.split(',').map((part) => part.split('=').map((s) => s.trim())).filter(([k]) => k);
  return Object.fromEntries(entries.map(([k, v]) => [k as string, Number(v)]));
}

/** Create (no cid) or edit a competition's setup; documents and rosters load into the form first. */
export function SetupForm({ initial, cid, onSaved }: { initial: SetupDraft; cid?: string; onSaved?(id: string): void }) {
  const [draft, setDraft] = useState(initial);
  const [penalties, setPenalties] = useState(penaltiesText(initial.rule.penalties));
  const [importError, setImportError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const saveSetup = useAdmin((s) => s.saveSetup);
  const error = useAdmin((s) => s.error);
  const patch = (change: Partial<SetupDraft>) => setDraft((d) => ({ ...d, ...change }));

  const importFile = async (file: File | undefined, kind: 'json' | 'csv') => {
    if (!file) return;
    try {
      const text = await file.text();
      if (kind === 'json') {
        const next = draftFromDocument(JSON.parse(text));
        setDraft(cid ? { ...next, id: cid, refereePin: '' } : next);
        setPenalties(penaltiesText(next.rule.penalties));
      } else {
        // With several disciplines a roster may plan each operator's heats too (see heatsFromCsv).
        const heats = draft.disciplines ? heatsFromCsv(text, draft.disciplines) : [];
        patch({ operators: operatorsFromCsv(text), ...(heats.length ? { heats } : {}) });
      }
      setImportError(null);
    } catch (e) {
      setImportError(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const submit = async () => {
    setSaving(true);
    const id = await saveSetup({ ...draft, rule: { ...draft.rule, penalties: parsePenalties(penalties) } }, cid);
    setSaving(false);
    if (id) onSaved?.(id);
  };

  const teamIds = draft.teams.map((t) => t.id);
  return (
    <form className="setup-form" data-testid="setup-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <div className="imports">
        <label>
          Import setup (JSON) <input type="file" accept=".json,application/json" data-testid="import-json" onChange={(e) => void importFile(e.target.files?.[0], 'json')} />
        </label>
        <label>
          Import operator roster (CSV) <input type="file" accept=".csv,text/csv" data-testid="import-csv" onChange={(e) => void importFile(e.target.files?.[0], 'csv')} />
        </label>
        {importError && <p className="error">{importError}</p>}
      </div>
      <fieldset>
        <legend>Competition</legend>
        <label>
          id <input name="id" value={draft.id} disabled={Boolean(cid)} onChange={(e) => patch({ id: e.target.value })} />
        </label>
        {(['zh', 'kk', 'ru', 'en'] as const).map((l) => (
          <label key={l}>
            name {l} <input name={`name-${l}`} value={draft.name[l] ?? ''} onChange={(e) => patch({ name: { ...draft.name, [l]: e.target.value || undefined } })} />
          </label>
        ))}
        {(['zh', 'en'] as const).map((l) => (
          <label key={`venue-${l}`}>
            venue {l} <input name={`venue-${l}`} value={draft.venue?.[l] ?? ''} onChange={(e) => patch({ venue: { ...draft.venue, [l]: e.target.value || undefined } })} />
          </label>
        ))}
        <label>
          time zone <input name="timeZone" value={draft.timeZone ?? ''} placeholder="Asia/Shanghai" onChange={(e) => patch({ timeZone: e.target.value || undefined })} />
        </label>
        <label>
          {cid ? 'new referee PIN (empty: keep)' : 'referee PIN'}{' '}
          <input name="refereePin" inputMode="numeric" value={draft.refereePin ?? ''} onChange={(e) => patch({ refereePin: e.target.value })} />
        </label>
      </fieldset>
      {draft.disciplines ? (
        <DisciplinesEditor disciplines={draft.disciplines} onChange={(disciplines) => patch({ disciplines })} />
      ) : (
      <fieldset>
        <legend>Scoring rule (placement)</legend>
        {RULE_NUMBERS.map((key) => (
          <label key={key}>
            {key}{' '}
            <input name={key} type="number" step="any" value={draft.rule[key]} onChange={(e) => patch({ rule: { ...draft.rule, [key]: Number(e.target.value) } })} />
          </label>
        ))}
        <label>
          penalties (name=points, …) <input name="penalties" value={penalties} onChange={(e) => setPenalties(e.target.value)} />
        </label>
        <button
          type="button"
          data-testid="several-disciplines"
          onClick={() => patch({ disciplines: disciplinesFromRule({ ...draft, rule: { ...draft.rule, penalties: parsePenalties(penalties) } }) })}
        >
          Several disciplines…
        </button>
      </fieldset>
      )}
      <RowEditor<Team>
        title="Teams"
        testId="teams"
        rows={draft.teams}
        onChange={(teams) => patch({ teams })}
        blank={() => ({ id: '', country: '', name: {}, color: '#888888' })}
        columns={[field('id'), field('country'), nameField('zh'), nameField('kk'), nameField('en'), field('color')]}
      />
      <RowEditor<Operator>
        title="Operators"
        testId="operators"
        rows={draft.operators}
        onChange={(operators) => patch({ operators })}
        blank={() => ({ id: '', teamId: teamIds[0] ?? '', bib: '', name: {} })}
        columns={[field('id'), field('teamId', 'team', teamIds), field('bib'), nameField('zh'), nameField('kk'), nameField('ru'), nameField('en')]}
      />
      <RowEditor<Crane>
        title="Cranes"
        testId="cranes"
        rows={draft.cranes}
        onChange={(cranes) => patch({ cranes })}
        blank={() => ({ id: '', kind: 'bridge', name: {} })}
        columns={[field('id'), field('kind', 'kind', ['bridge', 'gantry', 'reach-stacker']), field('teamId', 'team', teamIds), nameField('zh'), nameField('en')]}
      />
      <RowEditor<HeatPlan>
        title="Heats"
        testId="heats"
        rows={draft.heats}
        onChange={(heats) => patch({ heats })}
        blank={() => ({ id: `h${draft.heats.length + 1}`, operatorId: '' })}
        columns={[
          field('id'),
          field('operatorId', 'operator', draft.operators.map((o) => o.id)),
          // Several disciplines: each heat names its own; an accounting heat needs no crane (leave it —).
          ...(draft.disciplines ? [field<HeatPlan>('disciplineId', 'discipline', draft.disciplines.map((d) => d.id))] : []),
          field('craneId', 'crane', draft.cranes.map((c) => c.id)),
          field('scheduledAt', 'scheduled at (ISO)'),
        ]}
      />
      {error && (
        <p className="error" data-testid="form-error">
          {error.message}
        </p>
      )}
      <button type="submit" className="primary" disabled={saving}>
        {cid ? 'Save setup' : 'Create competition'}
      </button>
    </form>
  );
}
