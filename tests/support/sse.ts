// A Server-Sent Events reader over fetch, as a broadcast graphic or another system would
// follow GET /feed: messages parsed as they arrive, resumable with Last-Event-ID.

export interface SseMessage {
  id?: string;
  event: string;
  data: string;
}

export class SseReader {
  readonly messages: SseMessage[] = [];
  /** Comment lines (heartbeats) seen so far. */
  comments = 0;
  status = 0;
  private readonly abort = new AbortController();
  private waiters: (() => void)[] = [];
  private closed = false;

  private constructor() {}

  static async open(url: string, lastEventId?: string): Promise<SseReader> {
    const reader = new SseReader();
    const response = await fetch(url, { headers: lastEventId ? { 'last-event-id': lastEventId } : {}, signal: reader.abort.signal });
    reader.status = response.status;
    if (response.body) void reader.read(response.body);
    return reader;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value: chunk } = await reader.read();
        if (done) break;
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          this.take(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted
    }
    this.closed = true;
    this.wake();
  }

  private take(block: string): void {
    const message: SseMessage = { event: 'message', data: '' };
    let fields = 0;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        this.comments++;
        continue;
      }
      const colon = line.indexOf(':');
      const name = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (name === 'id') message.id = value;
      else if (name === 'event') message.event = value;
      else if (name === 'data') message.data += (message.data ? '\n' : '') + value;
      else continue;
      fields++;
    }
    if (fields && message.data) this.messages.push(message);
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Waits (bounded) until `ready()` holds, checked after every message. */
  async until(ready: (reader: SseReader) => boolean, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!ready(this)) {
      if (this.closed) throw new Error('the stream ended before the condition held');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`condition not met within ${timeoutMs} ms (${this.messages.length} messages)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The data of each plain message (one per public event), parsed. */
  events<T = unknown>(): T[] {
    return this.messages.filter((m) => m.event === 'message').map((m) => JSON.parse(m.data) as T);
  }

  close(): void {
    this.abort.abort();
  }
}
