/** What a results signature vouches for: this competition's log, up to this seq, ending in this hash. */
export interface Head {
  competitionId: string;
  lastSeq: number;
  lastHash: string;
}

/** A head signed by a Gauge server: Ed25519, the raw 32-byte public key and the signature in base64. */
export interface SignedHead {
  algorithm: 'Ed25519';
  publicKey: string;
  head: Head;
  signature: string;
}

export const headOf = (state: { setup: { id: string }; lastSeq: number; lastHash: string }): Head => ({
  competitionId: state.setup.id,
  lastSeq: state.lastSeq,
  lastHash: state.lastHash,
});
