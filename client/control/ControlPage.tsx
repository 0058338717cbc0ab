import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/schemas/common.ts';
import { BOARD_VIEWS } from '../../shared/schemas/display.ts';
import { rankingPages } from '../board/rankingPages.ts';
import { RankingTable } from '../board/RankingTable.tsx';
import { useBoardData } from '../board/useBoardData.ts';
import { LANGUAGE_LABEL, LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { rememberLanguage } from '../i18n/screenLanguage.ts';
import { useScreenLanguage } from '../i18n/useScreenLanguage.ts';
import { useLive } from '../live/liveStore.ts';
import { useControl } from './controlStore.ts';

const PAIRS: Language[][] = [['zh', 'kk'], ['kk', 'zh'], ['zh', 'ru'], ['ru', 'kk'], ['en', 'zh'], ...LANGUAGES.map((l) => [l])];

/** The switch on both the token form and the controls (the organizer's choice is kept for `control`). */
const Switch = ({ label }: { label: string }) => <LanguageSwitch className="screen-lang" remember={(lang) => rememberLanguage('control', lang)} label={label} />;

/** `/control/:cid`: the organizer's remote for every connected display, and freeze/reveal. */
export function ControlPage({ competitionId }: { competitionId: string }) {
  const { t } = useTranslation();
  const language = useScreenLanguage('control');
  const token = useControl((s) => s.token);
  if (!token) return <TokenForm label={t('control.token')} save={t('control.save')} languageLabel={t('lang2.language')} />;
  return <Controls competitionId={competitionId} language={language} />;
}

/** "auto:ranking" → "Rotate: Ranking"; a view the page does not know is shown as sent. */
function viewText(view: string | undefined, t: (key: string) => string): string {
  if (!view) return '';
  const [auto, shown] = view.startsWith('auto:') ? [true, view.slice(5)] : [false, view];
  const name = (BOARD_VIEWS as readonly string[]).includes(shown) ? t(`view.${shown}`) : shown;
  return auto ? `${t('view.auto')}: ${name}` : name;
}

function TokenForm({ label, save, languageLabel }: { label: string; save: string; languageLabel: string }) {
  const [value, setValue] = useState('');
  const setToken = useControl((s) => s.setToken);
  return (
    <form className="control token-form" onSubmit={(e) => (e.preventDefault(), value && setToken(value.trim()))}>
      <label>
        {label} <input type="password" value={value} onChange={(e) => setValue(e.target.value)} data-testid="admin-token" />
      </label>
      <button type="submit">{save}</button>
      <Switch label={languageLabel} />
    </form>
  );
}

function Controls({ competitionId, language }: { competitionId: string; language: Language }) {
  const { t } = useTranslation();
  const { watch, command, visibility, pair } = useControl.getState();
  const displays = useControl((s) => s.displays);
  const message = useControl((s) => s.message);
  const follow = useLive((s) => s.follow);
  const { live, standings } = useBoardData('staff');
  useEffect(() => watch(competitionId), [watch, competitionId]);
  useEffect(() => follow(competitionId), [follow, competitionId]);
  const frozen = (live?.frozenAtSeq ?? null) !== null;
  const targets = [{ deviceId: 'all', online: true, view: '', languages: [] as Language[] }, ...displays];

  return (
    <div className="control" data-testid="control">
      <header>
        <h1>{t('control.title')}</h1>
        <span className={frozen ? 'pill pill-frozen' : 'pill pill-live'} data-testid="visibility" data-frozen={frozen}>
          {frozen ? t('control.frozen') : t('control.live')}
        </span>
        <button data-testid="freeze" disabled={frozen} onClick={() => void visibility(competitionId, 'freeze')}>
          {t('control.freeze')}
        </button>
        <button data-testid="reveal" disabled={!frozen} onClick={() => void visibility(competitionId, 'reveal')}>
          {t('control.reveal')}
        </button>
        <output data-testid="control-message">{message && t(message.key, message.values)}</output>
        <Switch label={t('lang2.language')} />
      </header>
      <h2>{t('control.displays')}</h2>
      <form
        className="pair-display"
        onSubmit={(e) => {
          e.preventDefault();
          const input = e.currentTarget.elements.namedItem('code') as HTMLInputElement;
          pair(competitionId, input.value);
          input.value = '';
        }}
      >
        <label>
          {t('pairing.enter')} <input name="code" data-testid="pair-code" autoComplete="off" maxLength={12} />
        </label>
        <button type="submit" data-testid="pair-submit">{t('pairing.pair')}</button>
      </form>
      {displays.length === 0 && <p>{t('control.none')}</p>}
      <table className="displays">
        <tbody>
          {targets.map((d) => (
            <tr key={d.deviceId} data-device={d.deviceId} className={d.online ? '' : 'offline'}>
              <th>{d.deviceId === 'all' ? t('control.all') : d.deviceId}</th>
              <td data-view={d.view ?? ''}>{d.deviceId === 'all' ? '' : `${viewText(d.view, t)} · ${(d.languages ?? []).map((l) => LANGUAGE_LABEL[l]).join('+')} · ${d.online ? t('control.online') : t('control.offline')}`}</td>
              <td>
                {[...BOARD_VIEWS, 'auto' as const].map((v) => (
                  <button key={v} data-view={v} data-action="view" onClick={() => command(competitionId, d.deviceId, { view: v })}>
                    {t(`view.${v}`)}
                  </button>
                ))}
              </td>
              <td>
                <select aria-label={t('control.languages')} defaultValue="" onChange={(e) => e.target.value && command(competitionId, d.deviceId, { languages: e.target.value.split(',') as Language[] })}>
                  <option value="">{t('control.languages')}</option>
                  {PAIRS.map((p) => (
                    <option key={p.join()} value={p.join(',')}>
                      {p.map((l) => LANGUAGE_LABEL[l]).join(' + ')}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button data-action="reload" onClick={() => command(competitionId, d.deviceId, { reload: true })}>{t('control.reload')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {live && standings && (
        <div className="control-preview">
          {rankingPages(live, standings).map((page) => (
            <RankingTable key={page.key} competition={live} page={page} languages={[language]} />
          ))}
        </div>
      )}
    </div>
  );
}
