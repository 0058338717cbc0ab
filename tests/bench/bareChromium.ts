// Chromium driven over the DevTools protocol with nothing but the domains a CPU measurement
// needs (Target, Page, Runtime, Tracing, IO). Playwright enables the Network domain on every
// page, and with it Chromium copies each response body and WebSocket message for the inspector:
// a 3.5 MB message then costs the page's main thread ~200 ms it never spends for a user
// (measured: tests/bench/coldBoard.ts against a page timing itself with no DevTools attached).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium.ts';

type Params = Record<string, unknown>;
interface Message { id?: number; method?: string; params?: Params; result?: Params; error?: { message: string }; sessionId?: string }

export interface BarePage {
  /** Evaluates an expression in the page, awaiting a promise it returns. */
  evaluate<T>(expression: string): Promise<T>;
  navigate(url: string): Promise<void>;
  close(): Promise<void>;
}

export interface BareChromium {
  newPage(width: number, height: number, initScript: string): Promise<BarePage>;
  startTracing(categories: string[]): Promise<void>;
  /** The trace's JSON text. */
  stopTracing(): Promise<string>;
  close(): Promise<void>;
}

export async function launchBareChromium(): Promise<BareChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'gauge-chromium-'));
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore', detached: true });
  const socket = new WebSocket(await devtoolsUrl(profile, child));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));

  let nextId = 1;
  const pending = new Map<number, { resolve: (result: Params) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(message: Message) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Message;
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (waiting && message.id !== undefined) {
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result ?? {});
    }
    for (const listener of listeners) listener(message);
  });
  const send = (method: string, params: Params = {}, sessionId?: string): Promise<Params> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  const once = (method: string): Promise<Params> =>
    new Promise((resolve) => {
      const listener = (message: Message) => {
        if (message.method !== method) return;
        listeners.delete(listener);
        resolve(message.params ?? {});
      };
      listeners.add(listener);
    });

  return {
    async newPage(width, height, initScript) {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
      await send('Page.enable', {}, sessionId);
      await send('Page.addScriptToEvaluateOnNewDocument', { source: initScript }, sessionId);
      return {
        async evaluate<T>(expression: string) {
          const { result, exceptionDetails } = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId)) as {
            result: { value: T };
            exceptionDetails?: { text: string; exception?: { description?: string } };
          };
          if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
          return result.value;
        },
        async navigate(url) {
          await send('Page.navigate', { url }, sessionId);
        },
        async close() {
          await send('Target.closeTarget', { targetId });
        },
      };
    },
    async startTracing(categories) {
      await send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReturnAsStream' });
    },
    async stopTracing() {
      const complete = once('Tracing.tracingComplete');
      await send('Tracing.end');
      const { stream } = (await complete) as { stream: string };
      let text = '';
      for (;;) {
        const chunk = (await send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
        if (chunk.eof) break;
      }
      await send('IO.close', { handle: stream });
      return text;
    },
    async close() {
      socket.close();
      if (child.pid) process.kill(-child.pid, 'SIGKILL'); // the browser and its helper processes
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 }); // its helpers may still be writing
    },
  };
}

/** Chromium writes its DevTools port and browser path into the profile once it listens. */
async function devtoolsUrl(profile: string, child: ChildProcess): Promise<string> {
  for (let tries = 0; tries < 200; tries++) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with ${child.exitCode}`);
    try {
      const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
      if (port && path) return `ws://127.0.0.1:${port}${path}`;
    } catch {
      // not written yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Chromium did not open its DevTools port');
}
