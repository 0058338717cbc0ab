import { describe, expect, it } from 'vitest';
import { en } from '../../client/i18n/locales/en.ts';
import { kk } from '../../client/i18n/locales/kk.ts';
import { ru } from '../../client/i18n/locales/ru.ts';
import { zh } from '../../client/i18n/locales/zh.ts';
import { adminEn } from '../../client/admin/locales/en.ts';
import { adminKk } from '../../client/admin/locales/kk.ts';
import { adminRu } from '../../client/admin/locales/ru.ts';
import { adminZh } from '../../client/admin/locales/zh.ts';

// The console's labels live in its own chunk (client/admin/locales), under `admin.*`.
const LOCALES = { zh: { ...zh, admin: adminZh }, kk: { ...kk, admin: adminKk }, ru: { ...ru, admin: adminRu }, en: { ...en, admin: adminEn } } as const;

/** Every leaf as `a.b.c` → its text. */
function leaves(node: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

/**
 * Labels that share a screen and mean different things: the same words would read as one
 * state twice (issue 14: in Kazakh the board's "running" badge and its "live" connection
 * were both «Тікелей»).
 */
const SAME_SCREEN: [string, string, string][] = [
  ['board header', 'result.running', 'connection.online'],
  ['board header', 'result.provisional', 'connection.online'],
  ['board header', 'result.official', 'connection.online'],
  ['board header', 'result.setup', 'connection.connecting'],
  ['competition list', 'status.running', 'connection.online'],
  ['referee status bar', 'referee.status.online', 'referee.heatStatus.running'],
  ['referee status bar', 'referee.status.allSent', 'referee.list.done'],
  ['referee lift list', 'referee.list.pending', 'referee.list.done'],
  ['control header', 'control.live', 'control.frozen'],
  ['control table', 'control.online', 'control.offline'],
  ['control buttons', 'control.freeze', 'control.reveal'],
  ['control view buttons', 'view.ranking', 'view.heats'],
  ['referee heat list', 'referee.heatStatus.finished', 'referee.heatStatus.confirmed'],
];

describe('locales', () => {
  const keys = Object.fromEntries(Object.entries(LOCALES).map(([lang, labels]) => [lang, leaves(labels)]));
  const english = [...(keys.en?.keys() ?? [])].sort();

  it.each(['zh', 'kk', 'ru'])('%s has exactly the English key set', (lang) => {
    expect([...(keys[lang]?.keys() ?? [])].sort()).toEqual(english);
  });

  it.each(['zh', 'kk', 'ru'])('%s fills the same {{placeholders}} as English', (lang) => {
    const wrong = english.filter((k) => placeholders(keys[lang]?.get(k) ?? '').join() !== placeholders(keys.en?.get(k) ?? '').join());
    expect(wrong).toEqual([]);
  });

  it.each(['zh', 'kk', 'ru', 'en'])('%s: no label is empty', (lang) => {
    expect([...(keys[lang]?.entries() ?? [])].filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([]);
  });

  for (const lang of ['zh', 'kk', 'ru', 'en'] as const) {
    it.each(SAME_SCREEN)(`${lang}: %s tells %s from %s`, (_screen, a, b) => {
      const texts = keys[lang];
      expect(texts?.get(a)).toBeDefined();
      expect(texts?.get(b)).toBeDefined();
      expect(texts?.get(a)).not.toBe(texts?.get(b));
    });
  }
});
