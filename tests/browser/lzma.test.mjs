// The page's LZMA decoder (assets/unlzma.mjs): it gives back what `xz --format=lzma` packed, at every
// preset and for awkward inputs, and fails loudly (never silently, never forever) on damaged input.
// Runs in Node: the same source is inlined into both pages by scripts/postbuild.mjs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { unlzma } from '../../assets/unlzma.mjs';
import { assert } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pack = (bytes, args = ['-9e']) =>
  new Uint8Array(execFileSync('xz', ['--format=lzma', ...args, '--stdout'], { input: bytes, maxBuffer: 1 << 28 }));
const same = (a, b) => Buffer.from(a).equals(Buffer.from(b));

/** A fixed-seed generator, so a failure can be replayed. */
function* lcg(seed) {
  let x = seed >>> 0;
  for (;;) { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; yield x; }
}

export default function tests() {
  return [
    ['it gives back what xz packed: text, binary, empty, one byte, long runs, every preset', async () => {
      const inputs = {
        empty: Buffer.alloc(0),
        one: Buffer.from('a'),
        zeros: Buffer.alloc(300000),
        random: crypto.randomBytes(70000),
        article: fs.readFileSync(path.join(root, 'seeds/004_15376a063cec32eb.txt')),
        facts: fs.readFileSync(path.join(root, 'assets/facts.json')),
      };
      for (const [name, bytes] of Object.entries(inputs)) {
        for (const preset of ['-0', '-6', '-9e']) {
          assert(same(unlzma(pack(bytes, [preset])), bytes), `${name} at ${preset}`);
        }
      }
      // Other literal/position settings than the default (lc, lp, pb).
      for (const opts of ['lc=0,lp=0,pb=0', 'lc=4,lp=0,pb=2', 'lc=0,lp=2,pb=2', 'lc=3,lp=1,pb=4']) {
        assert(same(unlzma(pack(inputs.facts, [`--lzma1=preset=6,${opts}`])), inputs.facts), opts);
      }
      // Mixed repetitive and random data exercises every kind of match and repeat.
      const rnd = lcg(20261203);
      for (let i = 0; i < 40; i++) {
        const n = rnd.next().value % 20000;
        const bytes = Buffer.alloc(n);
        for (let j = 0; j < n; j++) {
          const r = rnd.next().value;
          bytes[j] = r % 3 === 0 ? r >>> 24 : 97 + (r % 4);
        }
        assert(same(unlzma(pack(bytes, [`-${i % 10}`])), bytes), `mixed #${i} (${n} bytes)`);
      }
    }],

    ['with the size in the header (as the build writes it) it stops there', async () => {
      const bytes = fs.readFileSync(path.join(root, 'assets/indicators.json'));
      const packed = pack(bytes);
      let n = bytes.length;
      for (let i = 5; i < 13; i++) { packed[i] = n % 256; n = Math.floor(n / 256); }
      const out = unlzma(packed);
      assert(out.length === bytes.length && same(out, bytes), 'sized stream');
      // The stated size is what it returns (the page's integrity hash guards the file itself): a size one
      // short gives the data less its last byte, never more, never other bytes.
      let short = bytes.length - 1;
      for (let i = 5; i < 13; i++) { packed[i] = short % 256; short = Math.floor(short / 256); }
      assert(same(unlzma(packed), bytes.subarray(0, bytes.length - 1)), 'a shorter stated size');
    }],

    ['damaged or truncated input throws, and never runs on forever', async () => {
      const bytes = fs.readFileSync(path.join(root, 'seeds/000_ff32601312fb8062.txt'));
      const packed = pack(bytes);
      for (const cut of [0, 5, 12, 13, 20, Math.floor(packed.length / 2), packed.length - 1]) {
        let threw = false;
        try { unlzma(packed.subarray(0, cut)); } catch { threw = true; }
        assert(threw, `truncated at ${cut}`);
      }
      let bad = packed.slice();
      bad[0] = 250;
      let threw = false;
      try { unlzma(bad); } catch { threw = true; }
      assert(threw, 'bad properties byte');
      // Flipped bits: an error or different bytes, quickly; never the original passed off unchanged by luck
      // of a hang.
      const rnd = lcg(7);
      for (let i = 0; i < 200; i++) {
        bad = packed.slice();
        const at = 14 + (rnd.next().value % (packed.length - 14));
        bad[at] ^= 1 << (rnd.next().value % 8);
        const t0 = performance.now();
        try { unlzma(bad); } catch { /* expected */ }
        assert(performance.now() - t0 < 2000, `flip at ${at} took too long`);
      }
    }],
  ];
}
