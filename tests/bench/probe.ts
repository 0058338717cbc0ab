// What the bench asks a server process over IPC: its heap after a full GC (run with
// --expose-gc), and its CPU time. Kept out of the server itself: no endpoint to secure.

type Handler = (message: never) => Promise<object> | object;

export function serverProbe(url: string, handlers: Record<string, Handler> = {}): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const all: Record<string, Handler> = {
    ...handlers,
    heap: () => {
      // Several passes: weak references and finalizers free more on the second.
      for (let i = 0; i < 4; i++) gc?.();
      return { heapUsed: process.memoryUsage().heapUsed, gcExposed: Boolean(gc) };
    },
    cpu: () => ({ cpu: process.cpuUsage() }),
  };
  process.on('message', (message: { cmd: string; id: number }) => {
    const handler = all[message.cmd];
    if (!handler) return process.send!({ id: message.id, error: `unknown ${message.cmd}` });
    void Promise.resolve(handler(message as never)).then((answer) => process.send!({ id: message.id, ...answer }));
  });
  process.send!({ cmd: 'ready', url });
}
