// Runs every browser test file against dist/ with one Chromium and one local server.
// Usage: node tests/browser/run.mjs [name-filter]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, run } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');
const filter = process.argv[2] ?? '';
const files = ['size.test.mjs', 'lzma.test.mjs', 'app.test.mjs', 'views.test.mjs', 'output.test.mjs', 'comparability.test.mjs', 'links.test.mjs', 'present.test.mjs', 'security.test.mjs',
  'i18n.test.mjs', 'a11y.test.mjs', 'friction.test.mjs'];

const server = await serve(dist);
const browser = await launch();
const tests = [];
for (const file of files) {
  const make = (await import(`./${file}`)).default;
  for (const [name, fn] of make({ browser, server })) {
    const full = `${file.replace('.test.mjs', '')}: ${name}`;
    if (full.includes(filter)) tests.push([full, fn]);
  }
}
const ok = await run(tests);
await browser.close();
await server.close();
process.exit(ok ? 0 : 1);
