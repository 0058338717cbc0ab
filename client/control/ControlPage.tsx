import { useEffect, useState } from 'react';
import { LANGUAGES, type Language } from '../../shared/schemas/common.ts';
import { BOARD_VIEWS } from '../../shared/schemas/display.ts';
import { rankingPages } from '../board/rankingPages.ts';
import { RankingTable } from '../board/RankingTable.tsx';
import { useBoardData } from '../board/useBoardData.ts';
import { tIn } from '../i18n/index.ts';
import { useLive } from '../live/liveStore.ts';
import { useControl } from './controlStore.ts';

const PAIRS: Language[][] = [['zh', 'kk'], ['kk', 'zh'], ['zh', 'ru'], ['ru', 'kk'], ['en', 'zh'], ...LANGUAGES.map((l) => [l])];

/** `/control/:cid`: the organizer's remote for every connected display, and freeze/reveal. */
export function ControlPage({ competitionId, language = 'zh' }: { competitionId: string; language?: Language }) {
  const t = tIn(language);
  const token = useControl((s) => s.token);
  if (!token) return <TokenForm label={t('control.token')} save={t('control.save')} />;
  return <Controls competitionId={competitionId} language={language} />;
}

function TokenForm({ label, save }: { label: string; save: string }) {
  const [value, setValue] = useState('');
  const setToken = useControl((s) => s.setToken);
  return (
    <form className="control token-form" onSubmit={(e) => (e.preventDefault(), value && setToken(value.trim()))}>
      <label>
        {label} <input type="password" value={value} onChange={(e) => setValue(e.target.value)} data-testid="admin-token" />
      </label>
      <button type="submit">{save}</button>
    </form>
  );
}

function Controls({ competitionId, language }: { competitionId: string; language: Language }) {
  const t = tIn(language);
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
        <output data-testid="control-message">{message}</output>
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
              <td>{d.deviceId === 'all' ? '' : `${d.view ?? ''} · ${(d.languages ?? []).join('+')} · ${d.online ? t('control.online') : t('control.offline')}`}</td>
              <td>
                {[...BOARD_VIEWS, 'auto' as const].map((v) => (
                  <button key={v} data-view={v} onClick={() => command(competitionId, d.deviceId, { view: v })}>
                    {t(`view.${v}`)}
                  </button>
                ))}
              </td>
              <td>
                <select aria-label={t('control.languages')} defaultValue="" onChange={(e) => e.target.value && command(competitionId, d.deviceId, { languages: e.target.value.split(',') as Language[] })}>
                  <option value="">{t('control.languages')}</option>
                  {PAIRS.map((p) => (
                    <option key={p.join()} value={p.join(',')}>
                      {p.join(' + ')}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button onClick={() => command(competitionId, d.deviceId, { reload: true })}>{t('control.reload')}</button>
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
