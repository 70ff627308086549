//! SipHash-1-3, the function CPython 3.11 hashes `str` and `bytes` with
//! (`sys.hash_info.algorithm == 'siphash13'`; 3.11 switched from SipHash-2-4).
//!
//! It is written as a streaming hasher so a `str` can be fed in CPython's internal
//! representation (1, 2 or 4 bytes per code point) without first building that buffer.
//! CPython's variant is the reference SipHash with one compression round and three
//! finalisation rounds, keyed with the two 64-bit halves of the hash secret and returning
//! `v0 ^ v1 ^ v2 ^ v3`.

/// Incremental SipHash-1-3 over a byte stream.
pub(crate) struct SipHash13 {
    v: [u64; 4],
    /// Bytes not yet compressed, little-endian in the low `ntail * 8` bits.
    tail: u64,
    ntail: usize,
    /// Total input length; only its low byte enters the final block, as in the reference.
    len: u64,
}

impl SipHash13 {
    pub(crate) fn new(k0: u64, k1: u64) -> SipHash13 {
        SipHash13 {
            // "somepseudorandomlygeneratedbytes", the reference initialisation constants.
            v: [
                k0 ^ 0x736f_6d65_7073_6575,
                k1 ^ 0x646f_7261_6e64_6f6d,
                k0 ^ 0x6c79_6765_6e65_7261,
                k1 ^ 0x7465_6462_7974_6573,
            ],
            tail: 0,
            ntail: 0,
            len: 0,
        }
    }

    /// One SipRound.
    #[inline]
    fn round(&mut self) {
        let [mut v0, mut v1, mut v2, mut v3] = self.v;
        v0 = v0.wrapping_add(v1);
        v2 = v2.wrapping_add(v3);
        v1 = v1.rotate_left(13) ^ v0;
        v3 = v3.rotate_left(16) ^ v2;
        v0 = v0.rotate_left(32);
        v2 = v2.wrapping_add(v1);
        v0 = v0.wrapping_add(v3);
        v1 = v1.rotate_left(17) ^ v2;
        v3 = v3.rotate_left(21) ^ v0;
        v2 = v2.rotate_left(32);
        self.v = [v0, v1, v2, v3];
    }

    #[inline]
    fn compress(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }

    /// Feeds `data`.
    pub(crate) fn write(&mut self, mut data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u64);
        // Top up a partial word first.
        while self.ntail != 0 {
            let Some((&b, rest)) = data.split_first() else {
                return;
            };
            self.push_tail_byte(b);
            data = rest;
        }
        let mut words = data.chunks_exact(8);
        for word in &mut words {
            let mut m = [0u8; 8];
            m.copy_from_slice(word);
            self.compress(u64::from_le_bytes(m));
        }
        for &b in words.remainder() {
            self.push_tail_byte(b);
        }
    }

    #[inline]
    fn push_tail_byte(&mut self, b: u8) {
        self.tail |= (b as u64) << (8 * self.ntail);
        self.ntail += 1;
        if self.ntail == 8 {
            let m = self.tail;
            self.tail = 0;
            self.ntail = 0;
            self.compress(m);
        }
    }

    /// The 64-bit digest.
    pub(crate) fn finish(mut self) -> u64 {
        let last = (self.len << 56) | self.tail;
        self.compress(last);
        self.v[2] ^= 0xff;
        self.round();
        self.round();
        self.round();
        let [v0, v1, v2, v3] = self.v;
        v0 ^ v1 ^ v2 ^ v3
    }
}

/// SipHash-1-3 of a whole buffer.
pub(crate) fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut h = SipHash13::new(k0, k1);
    h.write(data);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streaming_matches_one_shot_for_every_split() {
        let data: Vec<u8> = (0..40u8).map(|i| i.wrapping_mul(37)).collect();
        for len in 0..data.len() {
            let whole = siphash13(1, 2, &data[..len]);
            for split in 0..=len {
                let mut h = SipHash13::new(1, 2);
                h.write(&data[..split]);
                h.write(&data[split..len]);
                assert_eq!(h.finish(), whole, "len {len} split {split}");
            }
        }
    }
}
