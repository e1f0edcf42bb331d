// Fixed byte budgets of the release build (bench/budgets.json); timings are measured by bench/run.mjs, never
// asserted.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { assert } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.join(root, 'dist');
const budgets = JSON.parse(fs.readFileSync(path.join(root, 'bench/budgets.json'), 'utf8'));
const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;

export default function tests() {
  return [
    ['the hosted bundle (every file it serves) stays within its gzip budget', async () => {
      // Every file but the offline page: whatever the page loads, in whatever form (the wasm travels
      // LZMA-compressed, which gzip cannot shrink further).
      const files = fs.readdirSync(dist).filter((f) => f !== 'qianwan-offline.html');
      assert(files.some((f) => /\.wasm(\.lzma)?$/.test(f)) && files.includes('index.html'), `a release build in dist/: ${files}`);
      const total = files.reduce((sum, f) => sum + gzip(f), 0);
      const { budget } = budgets.hosted_gzip;
      assert(total <= budget, `hosted bundle ${total} bytes gzip > budget ${budget}`);
      console.log(`     hosted bundle ${total} B gzip (budget ${budget}, ${budget - total} B left)`);
    }],
    ['the offline single file stays within its gzip budget', async () => {
      const total = gzip('qianwan-offline.html');
      const { budget } = budgets.offline_gzip;
      assert(total <= budget, `offline file ${total} bytes gzip > budget ${budget}`);
      console.log(`     offline file ${total} B gzip (budget ${budget}, ${budget - total} B left)`);
    }],
  ];
}
