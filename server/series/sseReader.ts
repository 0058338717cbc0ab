/** One Server-Sent Events message: its `event:` (default "message"), `id:` and joined `data:` lines. */
export interface SseMessage {
  event: string;
  id: string | null;
  data: string;
}

/**
 * Splits an SSE byte stream into messages (WHATWG EventSource parsing, the parts a Gauge feed
 * uses). `onAnything` hears every chunk, keep-alive comments included: a source is alive while
 * it talks.
 */
export async function readSse(body: ReadableStream<Uint8Array>, onMessages: (messages: SseMessage[]) => void, onAnything: () => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    onAnything();
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop() ?? '';
    const messages: SseMessage[] = [];
    for (const block of blocks) {
      const message: SseMessage = { event: 'message', id: null, data: '' };
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (!line || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') data.push(text);
        else if (field === 'event') message.event = text;
        else if (field === 'id') message.id = text;
      }
      if (!data.length) continue;
      message.data = data.join('\n');
      messages.push(message);
    }
    if (messages.length) onMessages(messages);
  }
}
