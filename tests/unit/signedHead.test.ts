// A signed head is what makes an export provable: only the server's key can vouch for a
// competition's log ending at a seq and a hash.
import { describe, expect, it } from 'vitest';
import { newKeyPair, publicKeyFromRaw, signatureHolds, signerFrom } from '../../server/signing/signedHead.ts';

const server = signerFrom(newKeyPair().privateKeyPem);
const forger = signerFrom(newKeyPair().privateKeyPem);
const head = { competitionId: 'alashankou-2024', lastSeq: 412, lastHash: 'ab'.repeat(32) };

describe('signed heads', () => {
  const signed = server.sign(head);
  const rows: [situation: string, claim: typeof signed, holds: boolean][] = [
    ['as the server signed it', signed, true],
    ['another last hash (a re-hashed log)', { ...signed, head: { ...head, lastHash: 'cd'.repeat(32) } }, false],
    ['another seq', { ...signed, head: { ...head, lastSeq: 413 } }, false],
    ['another competition', { ...signed, head: { ...head, competitionId: 'khorgos-2024' } }, false],
    ["the forger's key put in beside the server's signature", { ...signed, publicKey: forger.publicKey }, false],
    ['a signature that is not base64 of 64 bytes', { ...signed, signature: 'AAAA' }, false],
    ['a public key of the wrong length', { ...signed, publicKey: 'AAAA' }, false],
  ];
  it.each(rows)('%s', (_situation, claim, holds) => {
    expect(signatureHolds(claim)).toBe(holds);
  });

  it('a forger can sign a changed head only with a key that is not the server one', () => {
    const forged = forger.sign({ ...head, lastHash: 'cd'.repeat(32) });
    expect(signatureHolds(forged)).toBe(true);
    expect(forged.publicKey).not.toBe(server.publicKey);
  });

  it('the public key is the raw 32 bytes in base64 and reads back', () => {
    expect(Buffer.from(server.publicKey, 'base64')).toHaveLength(32);
    expect(publicKeyFromRaw(server.publicKey).asymmetricKeyType).toBe('ed25519');
  });
});
