// LZMA ("lzma alone", as `xz --format=lzma` writes it) decoder for the page: the app's wasm travels
// LZMA-compressed (about 20% smaller than gzip -9 on it), and this turns it back into bytes before the
// glue instantiates it. Written from the format's description (range coder, literal/match/rep state
// machine); scripts/postbuild.mjs inlines it into both pages and checks at every release build that it
// gives back the wasm byte for byte; tests/browser/lzma.test.mjs tries it on edge cases and bad input.
//
// unlzma(Uint8Array) -> Uint8Array; throws Error on a damaged or truncated stream, never loops forever.
export function unlzma(input) {
  if (input.length < 13) throw new Error('lzma: no header');
  let props = input[0];
  if (props >= 9 * 5 * 5) throw new Error('lzma: bad properties');
  const lc = props % 9;
  props = (props / 9) | 0;
  const lp = props % 5;
  const pb = (props / 5) | 0;
  // The uncompressed size (8 bytes, little-endian); all ones means "until the end marker".
  let size = 0;
  let known = false;
  for (let i = 12; i >= 5; i--) {
    if (input[i] !== 0xff) known = true;
  }
  if (known) {
    for (let i = 12; i >= 5; i--) size = size * 256 + input[i];
    if (size > 0x40000000) throw new Error('lzma: too large');
  }
  let out = new Uint8Array(known ? size : Math.max(1024, input.length * 4));
  let pos = 0;
  let inPos = 13;
  const next = () => {
    if (inPos >= input.length) throw new Error('lzma: truncated');
    return input[inPos++];
  };

  // Range decoder.
  if (next() !== 0) throw new Error('lzma: bad stream start');
  let range = 0xffffffff;
  let code = 0;
  for (let i = 0; i < 4; i++) code = ((code << 8) | next()) >>> 0;
  const bit = (probs, i) => {
    const p = probs[i];
    const bound = (range >>> 11) * p;
    let b;
    if (code < bound) {
      range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      b = 0;
    } else {
      range -= bound;
      code -= bound;
      probs[i] = p - (p >>> 5);
      b = 1;
    }
    if (range < 0x1000000) {
      range = (range * 256) >>> 0;
      code = ((code * 256) + next()) >>> 0;
    }
    return b;
  };
  const direct = (n) => {
    let r = 0;
    for (let i = 0; i < n; i++) {
      range >>>= 1;
      let b = 0;
      if (code >= range) {
        code -= range;
        b = 1;
      }
      r = ((r << 1) | b) >>> 0;
      if (range < 0x1000000) {
        range = (range * 256) >>> 0;
        code = ((code * 256) + next()) >>> 0;
      }
    }
    return r;
  };
  const tree = (probs, base, n) => {
    let m = 1;
    for (let i = 0; i < n; i++) m = (m << 1) + bit(probs, base + m);
    return m - (1 << n);
  };
  const reverse = (probs, base, n) => {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < n; i++) {
      const b = bit(probs, base + m);
      m = (m << 1) + b;
      sym |= b << i;
    }
    return sym;
  };

  // Probabilities, all at one half.
  const probs = (n) => new Uint16Array(n).fill(1024);
  const isMatch = probs(12 << 4);
  const isRep = probs(12);
  const isRepG0 = probs(12);
  const isRepG1 = probs(12);
  const isRepG2 = probs(12);
  const isRep0Long = probs(12 << 4);
  const literal = probs(0x300 << (lc + lp));
  const posSlot = probs(4 << 6);
  const posSpecial = probs(1 + 114);
  const align = probs(16);
  const lengths = () => ({ choice: probs(2), low: probs(16 << 3), mid: probs(16 << 3), high: probs(256) });
  const matchLen = lengths();
  const repLen = lengths();
  // A length less 2 (0..271).
  const length = (l, posState) => {
    if (bit(l.choice, 0) === 0) return tree(l.low, posState << 3, 3);
    if (bit(l.choice, 1) === 0) return 8 + tree(l.mid, posState << 3, 3);
    return 16 + tree(l.high, 0, 8);
  };
  const distance = (len) => {
    const slot = tree(posSlot, Math.min(len, 3) << 6, 6);
    if (slot < 4) return slot;
    const bits = (slot >>> 1) - 1;
    let dist = ((2 | (slot & 1)) << bits) >>> 0;
    if (slot < 14) return (dist + reverse(posSpecial, dist - slot, bits)) >>> 0;
    dist = (dist + direct(bits - 4) * 16) >>> 0;
    return (dist + reverse(align, 0, 4)) >>> 0;
  };
  const grow = (need) => {
    if (need <= out.length) return;
    if (known || need > 0x40000000) throw new Error('lzma: data beyond the stated size');
    const bigger = new Uint8Array(Math.max(need, out.length * 2));
    bigger.set(out);
    out = bigger;
  };

  const pbMask = (1 << pb) - 1;
  const lpMask = (1 << lp) - 1;
  let state = 0;
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  while (!known || pos < size) {
    const posState = pos & pbMask;
    if (bit(isMatch, (state << 4) + posState) === 0) {
      const prev = pos > 0 ? out[pos - 1] : 0;
      const base = 0x300 * (((pos & lpMask) << lc) + (prev >>> (8 - lc)));
      let symbol = 1;
      if (state >= 7) {
        // After a match: the byte at the last distance guides the first bits.
        if (rep0 >= pos) throw new Error('lzma: distance before the start');
        let matchByte = out[pos - rep0 - 1];
        while (symbol < 0x100) {
          const matchBit = (matchByte >>> 7) & 1;
          matchByte <<= 1;
          const b = bit(literal, base + ((1 + matchBit) << 8) + symbol);
          symbol = (symbol << 1) | b;
          if (matchBit !== b) break;
        }
      }
      while (symbol < 0x100) symbol = (symbol << 1) | bit(literal, base + symbol);
      grow(pos + 1);
      out[pos++] = symbol & 0xff;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(isRep, state) === 0) {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = length(matchLen, posState);
      state = state < 7 ? 7 : 10;
      rep0 = distance(len);
      if (rep0 === 0xffffffff) {
        // The end marker.
        if (known && pos !== size) throw new Error('lzma: ended early');
        break;
      }
    } else {
      if (pos === 0) throw new Error('lzma: repeat before any data');
      if (bit(isRepG0, state) === 0) {
        if (bit(isRep0Long, (state << 4) + posState) === 0) {
          if (rep0 >= pos) throw new Error('lzma: distance before the start');
          state = state < 7 ? 9 : 11;
          grow(pos + 1);
          out[pos] = out[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        let dist;
        if (bit(isRepG1, state) === 0) {
          dist = rep1;
        } else {
          if (bit(isRepG2, state) === 0) {
            dist = rep2;
          } else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = length(repLen, posState);
      state = state < 7 ? 8 : 11;
    }
    if (rep0 >= pos) throw new Error('lzma: distance before the start');
    const n = len + 2;
    grow(pos + n);
    let from = pos - rep0 - 1;
    for (let i = 0; i < n; i++) out[pos++] = out[from++];
  }
  return known ? out : out.subarray(0, pos);
}
