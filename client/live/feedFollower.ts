import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import type { CompetitionState } from '../../shared/state.ts';

/** What `GET /api/competitions/:cid/state` answers: the public state, and the seq the feed resumes after. */
export interface PublicStateAnswer {
  lastSeq: number;
  serverTime: string;
  state: CompetitionState;
}

/** Where the feed's news goes: the live store folds it (liveStore.followFeed). */
export interface FeedSink {
  snapshot(answer: PublicStateAnswer, sentAt: number): void;
  event(event: PublicEvent): void;
  status(status: 'online' | 'offline'): void;
  error(message: string): void;
}

export interface Feed {
  /** The public state afresh, then the feed from there: at the start, after a gap, or when refused. */
  restart(): void;
  /** The feed again from `seq`: a reveal sends the events since the freeze again, in full. */
  resumeFrom(seq: number): void;
  close(): void;
}

const RETRY_MS = 3_000;

/**
 * A public screen's connection: one snapshot (`/state`), then the SSE feed from its seq. The
 * browser's EventSource reconnects by itself after a drop and resumes with Last-Event-ID;
 * only a refusal (an answer that is no event stream) closes it for good, and then the
 * follower starts over. `event: revealed` bundles are not needed here: at a reveal the store
 * goes back to the freeze and resumes from there (resumeFrom), as the socket path does.
 */
export function openFeed(competitionId: string, sink: FeedSink): Feed {
  const base = `/api/competitions/${encodeURIComponent(competitionId)}`;
  let source: EventSource | null = null;
  let closed = false;
  /** A newer restart or resume makes an older one's late answer moot. */
  let generation = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    source?.close();
    source = null;
    clearTimeout(retry);
  };

  const later = (mine: number) => {
    if (mine === generation && !closed) retry = setTimeout(restart, RETRY_MS);
  };

  const listen = (since: number) => {
    const mine = generation;
    const es = new EventSource(`${base}/feed?since=${since}`);
    source = es;
    es.onopen = () => sink.status('online');
    es.onmessage = (message: MessageEvent<string>) => sink.event(JSON.parse(message.data) as PublicEvent);
    es.onerror = () => {
      sink.status('offline');
      if (es.readyState === EventSource.CLOSED) later(mine);
    };
  };

  const restart = () => {
    stop();
    const mine = ++generation;
    const sentAt = Date.now();
    void fetch(`${base}/state`)
      .then(async (res) => {
        if (mine !== generation || closed) return;
        if (res.status >= 400 && res.status < 500) {
          const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          return sink.error(body?.error?.message ?? `state: ${res.status}`);
        }
        if (!res.ok) return later(mine);
        const answer = (await res.json()) as PublicStateAnswer;
        if (mine !== generation || closed) return;
        sink.snapshot(answer, sentAt);
        listen(answer.lastSeq);
      })
      .catch(() => {
        sink.status('offline');
        later(mine);
      });
  };

  restart();
  return {
    restart,
    resumeFrom(seq) {
      stop();
      generation++;
      listen(seq);
    },
    close() {
      closed = true;
      stop();
    },
  };
}
