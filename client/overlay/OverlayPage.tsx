import { useEffect, useLayoutEffect } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import { useBoardData } from '../board/useBoardData.ts';
import { useLive } from '../live/liveStore.ts';
import { DuelBar } from './DuelBar.tsx';
import { HeatLowerThird } from './HeatLowerThird.tsx';
import { heatOnAir } from './heatOnAir.ts';
import type { OverlayOptions } from './overlayOptions.ts';
import { TopFive } from './TopFive.tsx';
import './overlay.css';

interface Props {
  competitionId: string;
  languages: Language[];
  options: OverlayOptions;
}

/** The page is a layer over video: nothing of the app's own background may show. */
function useTransparentPage() {
  useLayoutEffect(() => {
    document.documentElement.classList.add('overlay-page');
    return () => document.documentElement.classList.remove('overlay-page');
  }, []);
}

/**
 * A 1920×1080 lower third for a live-stream mixer (an OBS browser source): what the public
 * may see (while frozen, the values at the freeze; lifts since then counted, not scored).
 */
export function OverlayPage({ competitionId, languages, options }: Props) {
  useTransparentPage();
  const follow = useLive((s) => s.follow);
  const { live, shown, standings, frozen } = useBoardData('public');
  useEffect(() => follow(competitionId), [follow, competitionId]);

  const onAir = live && shown ? heatOnAir(live, shown, options.heatId) : null;
  return (
    <div
      className={`overlay${options.safe ? ' overlay-safe' : ''}`}
      data-testid="overlay"
      data-view={options.view}
      data-seq={shown?.lastSeq ?? ''}
      data-frozen={frozen}
    >
      <div className="ov-area" data-testid="overlay-area">
        {shown && standings && options.view === 'heat' && onAir && (
          <HeatLowerThird onAir={onAir} shown={shown} standings={standings} languages={languages} frozen={frozen} />
        )}
        {shown && standings && options.view === 'ranking' && <TopFive shown={shown} standings={standings} languages={languages} frozen={frozen} />}
        {shown && standings && options.view === 'duel' && <DuelBar shown={shown} standings={standings} languages={languages} frozen={frozen} />}
      </div>
    </div>
  );
}
