import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../shared/canonicalJson.ts';
import type { Head, SignedHead } from '../../shared/signedHead.ts';

export type { Head, SignedHead };

const message = (head: Head): Buffer => Buffer.from(canonicalJson({ competitionId: head.competitionId, lastSeq: head.lastSeq, lastHash: head.lastHash }), 'utf8');

/** Ed25519 public keys in SPKI DER are a fixed 12-byte prefix and the raw key. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const rawPublicKey = (key: KeyObject): string => key.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length).toString('base64');

export function publicKeyFromRaw(raw: string): KeyObject {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length !== 32) throw new Error('an Ed25519 public key is 32 bytes (base64)');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, bytes]), format: 'der', type: 'spki' });
}

export function newKeyPair(): { privateKeyPem: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

/** The server's signer: Node's own Ed25519, nothing home-made. */
export function signerFrom(privateKeyPem: string): { publicKey: string; sign(head: Head): SignedHead } {
  const privateKey = createPrivateKey(privateKeyPem);
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  return {
    publicKey,
    sign: (head) => ({ algorithm: 'Ed25519', publicKey, head: { ...head }, signature: sign(null, message(head), privateKey).toString('base64') }),
  };
}

/** True when `signed.signature` is `signed.publicKey`'s signature over `signed.head`. */
export function signatureHolds(signed: SignedHead): boolean {
  try {
    return verify(null, message(signed.head), publicKeyFromRaw(signed.publicKey), Buffer.from(signed.signature, 'base64'));
  } catch {
    return false;
  }
}
