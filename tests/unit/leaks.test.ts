import { describe, expect, it } from 'vitest';
import { leaksIn } from '../support/leaks.ts';

// The leak check the frozen and sealed tests share: a secret in a value is found, the same digits inside a time or a digest are not.
describe('leaksIn', () => {
  it.each<[text: string, expected: string[]]>([
    ['{"score":28.37,"dxMm":37}', ['28.37', '"dxMm":37']],
    ['{"at":"2026-12-01T05:32:28.375Z"}', []],
    ['{"hash":"9f0e24180a77c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4"}', []],
    ['{"at":"2026-12-01T05:32:28.375Z","score":28.37}', ['28.37']],
    ['{"answer":24180}', ['24180']],
  ])('%s', (text, expected) => {
    expect(leaksIn(text, ['28.37', '"dxMm":37', '24180'])).toEqual(expected);
  });
});
