import { ClocksEditor } from './ClocksEditor.tsx';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type LocalizedName } from '../../shared/schemas/common.ts';
import type { Crane, HeatPlan, Operator, Team } from '../../shared/schemas/setup.ts';
import { useAdmin } from './adminStore.ts';
import { RowEditor, type RowColumn } from './RowEditor.tsx';
import { DisciplinesEditor } from './DisciplinesEditor.tsx';
import { nameIn } from '../i18n/index.ts';
import { LANGUAGE_NAMES } from './languageNames.ts';
import { RuleForm } from './RuleForm.tsx';
import { DraftError, disciplinesFromRule, draftFromDocument, heatsFromCsv, operatorsFromCsv, type SetupDraft } from './setupDraft.ts';

/** A localized name's field; an emptied field is removed, not sent as "". */
const nameField = <Row extends { name: LocalizedName }>(language: Language, t: TFunction): RowColumn<Row> => ({
  key: `name-${language}`,
  label: t('admin.setup.column.name', { lang: LANGUAGE_NAMES[language] }),
  get: (row) => row.name[language] ?? '',
  set: (row, value) => {
    const name = { ...row.name };
    if (value) name[language] = value;
    else delete name[language];
    return { ...row, name };
  },
});
const field = <Row,>(key: keyof Row & string, label: string, options?: { value: string; label: string }[]): RowColumn<Row> => ({
  key,
  label,
  options,
  get: (row) => String(row[key] ?? ''),
  set: (row, value) => ({ ...row, [key]: value || undefined }),
});
const same = (ids: string[]) => ids.map((id) => ({ value: id, label: id }));
const CRANE_KINDS = ['bridge', 'gantry', 'reach-stacker'] as const;

/** Create (no cid) or edit a competition's setup; documents and rosters load into the form first. */
export function SetupForm({ initial, cid, onSaved }: { initial: SetupDraft; cid?: string; onSaved?(id: string): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [draft, setDraft] = useState(initial);
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
      } else {
        // With several disciplines a roster may plan each operator's heats too (see heatsFromCsv).
        const heats = draft.disciplines ? heatsFromCsv(text, draft.disciplines) : [];
        patch({ operators: operatorsFromCsv(text), ...(heats.length ? { heats } : {}) });
      }
      setImportError(null);
    } catch (e) {
      // Our own checks speak the console's language; a parser's (bad JSON, CSV) keeps its words.
      const why = e instanceof DraftError ? t(`admin.import.${e.key}`, e.values) : e instanceof Error ? e.message : String(e);
      setImportError(`${file.name}: ${why}`);
    }
  };

  const submit = async () => {
    setSaving(true);
    const id = await saveSetup(draft, cid);
    setSaving(false);
    if (id) onSaved?.(id);
  };

  const teamIds = draft.teams.map((team) => team.id);
  const teamOptions = draft.teams.map((team) => ({ value: team.id, label: nameIn(team.name, language) || team.id }));
  const col = (key: string) => t(`admin.setup.column.${key}`);
  return (
    <form className="setup-form" data-testid="setup-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <div className="imports">
        <label>
          {t('admin.setup.importSetup')} <input type="file" accept=".json,application/json" data-testid="import-json" onChange={(e) => void importFile(e.target.files?.[0], 'json')} />
        </label>
        <label>
          {t('admin.setup.importRoster')} <input type="file" accept=".csv,text/csv" data-testid="import-csv" onChange={(e) => void importFile(e.target.files?.[0], 'csv')} />
        </label>
        {importError && <p className="error">{importError}</p>}
      </div>
      <fieldset>
        <legend>{t('admin.setup.competition')}</legend>
        <label>
          {t('admin.setup.id')} <input name="id" value={draft.id} disabled={Boolean(cid)} onChange={(e) => patch({ id: e.target.value })} />
        </label>
        {LANGUAGES.map((l) => (
          <label key={l}>
            {t('admin.setup.name', { lang: LANGUAGE_NAMES[l] })} <input name={`name-${l}`} value={draft.name[l] ?? ''} onChange={(e) => patch({ name: { ...draft.name, [l]: e.target.value || undefined } })} />
          </label>
        ))}
        {(['zh', 'en'] as const).map((l) => (
          <label key={`venue-${l}`}>
            {t('admin.setup.venue', { lang: LANGUAGE_NAMES[l] })} <input name={`venue-${l}`} value={draft.venue?.[l] ?? ''} onChange={(e) => patch({ venue: { ...draft.venue, [l]: e.target.value || undefined } })} />
          </label>
        ))}
        <label>
          {t('admin.setup.timeZone')} <input name="timeZone" value={draft.timeZone ?? ''} placeholder="Asia/Shanghai" onChange={(e) => patch({ timeZone: e.target.value || undefined })} />
        </label>
        <ClocksEditor clocks={draft.clocks} onChange={(clocks) => patch({ clocks })} />
        <label>
          {t(cid ? 'admin.setup.newPin' : 'admin.setup.refereePin')}{' '}
          <input name="refereePin" inputMode="numeric" value={draft.refereePin ?? ''} onChange={(e) => patch({ refereePin: e.target.value })} />
        </label>
      </fieldset>
      {draft.disciplines ? (
        <DisciplinesEditor disciplines={draft.disciplines} onChange={(disciplines) => patch({ disciplines })} />
      ) : (
        <fieldset className="placement-rule">
          <legend>{t('admin.setup.placementRule')}</legend>
          <RuleForm kind="placement" rule={draft.rule} onChange={(rule) => patch({ rule: rule as SetupDraft['rule'] })} prefix="" />
          <button type="button" data-testid="several-disciplines" onClick={() => patch({ disciplines: disciplinesFromRule(draft) })}>
            {t('admin.setup.severalDisciplines')}
          </button>
        </fieldset>
      )}
      <RowEditor<Team>
        title={t('admin.setup.teams')}
        testId="teams"
        rows={draft.teams}
        onChange={(teams) => patch({ teams })}
        blank={() => ({ id: '', country: '', name: {}, color: '#888888' })}
        columns={[field('id', col('id')), field('country', col('country')), nameField('zh', t), nameField('kk', t), nameField('en', t), field('color', col('color'))]}
      />
      <RowEditor<Operator>
        title={t('admin.setup.operators')}
        testId="operators"
        rows={draft.operators}
        onChange={(operators) => patch({ operators })}
        blank={() => ({ id: '', teamId: teamIds[0] ?? '', bib: '', name: {} })}
        columns={[field('id', col('id')), field('teamId', col('team'), teamOptions), field('bib', col('bib')), ...LANGUAGES.map((l) => nameField<Operator>(l, t))]}
      />
      <RowEditor<Crane>
        title={t('admin.setup.cranes')}
        testId="cranes"
        rows={draft.cranes}
        onChange={(cranes) => patch({ cranes })}
        blank={() => ({ id: '', kind: 'bridge', name: {} })}
        columns={[
          field('id', col('id')),
          field('kind', col('kind'), CRANE_KINDS.map((k) => ({ value: k, label: t(`admin.setup.craneKind.${k}`) }))),
          field('teamId', col('team'), teamOptions),
          nameField('zh', t),
          nameField('kk', t),
          nameField('en', t),
        ]}
      />
      <RowEditor<HeatPlan>
        title={t('admin.setup.heats')}
        testId="heats"
        rows={draft.heats}
        onChange={(heats) => patch({ heats })}
        blank={() => ({ id: `h${draft.heats.length + 1}`, operatorId: '' })}
        columns={[
          field('id', col('id')),
          field('operatorId', col('operator'), draft.operators.map((o) => ({ value: o.id, label: `${o.bib} ${nameIn(o.name, language) || o.id}` }))),
          // Several disciplines: each heat names its own; an accounting heat needs no crane (leave it —).
          ...(draft.disciplines ? [field<HeatPlan>('disciplineId', col('discipline'), draft.disciplines.map((d) => ({ value: d.id, label: nameIn(d.name, language) || d.id })))] : []),
          field('craneId', col('crane'), draft.cranes.map((c) => ({ value: c.id, label: nameIn(c.name, language) || c.id }))),
          field('scheduledAt', col('scheduledAt')),
        ]}
      />
      {error && (
        <p className="error" data-testid="form-error">
          {/* The server's reason names the field (e.g. heats.0.craneId) in its own words. */}
          {t('admin.refused')}: {error.message}
        </p>
      )}
      <button type="submit" className="primary" disabled={saving}>
        {t(cid ? 'admin.setup.save' : 'admin.setup.create')}
      </button>
    </form>
  );
}
