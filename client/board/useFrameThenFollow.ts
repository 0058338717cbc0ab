import { useEffect, useState } from 'react';
import { computeStandings, type Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { useLive } from '../live/liveStore.ts';
import { loadBoardFrame } from './boardFrame.ts';

export interface BoardFrame {
  frame: CompetitionState | null;
  frameStandings: Standings | null;
}

/**
 * Draws the board's frame from the setup, then follows the competition: the subscribe goes
 * out once the frame has been painted, so a competition of thousands of events arrives to
 * a board that only has numbers left to fill in.
 */
export function useFrameThenFollow(competitionId: string): BoardFrame {
  const follow = useLive((s) => s.follow);
  const [frame, setFrame] = useState<{ of: string; state: CompetitionState | null } | null>(null);
  const loaded = frame?.of === competitionId;

  useEffect(() => {
    let current = true;
    void loadBoardFrame(competitionId).then((state) => current && setFrame({ of: competitionId, state }));
    return () => {
      current = false;
    };
  }, [competitionId]);

  useEffect(() => {
    if (!loaded) return;
    let stop: (() => void) | undefined;
    const cancel = afterPaint(() => (stop = follow(competitionId)));
    return () => {
      cancel();
      stop?.();
    };
  }, [loaded, follow, competitionId]);

  const state = loaded ? frame.state : null;
  return { frame: state, frameStandings: state && computeStandings(state) }; // computed once per state
}

/** Runs after the next paint: the animation frame paints what is committed, the timer runs after it (hidden tabs paint nothing: a timer alone). */
function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (document.visibilityState !== 'visible') {
    timer = setTimeout(run);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(run)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
