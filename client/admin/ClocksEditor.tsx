import { useTranslation } from 'react-i18next';
import { LANGUAGES, type LocalizedName } from '../../shared/schemas/common.ts';
import type { BoardClock } from '../../shared/schemas/setup.ts';
import { LANGUAGE_NAMES } from './languageNames.ts';

interface Props {
  clocks: readonly BoardClock[] | undefined;
  onChange(clocks: BoardClock[]): void;
}

/**
 * The board's two clocks: a zone and a label in each language. A clock with no zone is left out
 * when the setup is saved (setupDraft); none at all → the venue's zone and the other side.
 */
export function ClocksEditor({ clocks, onChange }: Props) {
  const { t } = useTranslation();
  const rows: { timeZone: string; label: LocalizedName }[] = [0, 1].map((i) => clocks?.[i] ?? { timeZone: '', label: {} });
  const change = (i: number, next: { timeZone: string; label: LocalizedName }) => onChange(rows.map((row, j) => (j === i ? next : row)));
  return (
    <>
      {rows.map((row, i) => (
        <div className="clock-row" key={i}>
          <label>
            {t('admin.setup.clockZone', { n: i + 1 })}{' '}
            <input name={`clock-${i}-timeZone`} value={row.timeZone} placeholder={i === 0 ? 'Asia/Shanghai' : 'Asia/Almaty'} onChange={(e) => change(i, { ...row, timeZone: e.target.value })} />
          </label>
          {LANGUAGES.map((l) => (
            <label key={l}>
              {t('admin.setup.clockLabel', { n: i + 1, lang: LANGUAGE_NAMES[l] })}{' '}
              <input name={`clock-${i}-label-${l}`} value={row.label[l] ?? ''} onChange={(e) => change(i, { ...row, label: { ...row.label, [l]: e.target.value || undefined } })} />
            </label>
          ))}
        </div>
      ))}
    </>
  );
}
