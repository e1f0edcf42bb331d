// Post-build (Trunk hook): writes qianwan-offline.html, ONE self-contained page that works from file://
// with no server and no network: CSS inlined, the JS glue inlined as a module script, the wasm inlined as
// base64 and instantiated from bytes. (Over file:// browsers block the module import and the wasm fetch
// that dist/index.html relies on.)
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');
const files = fs.readdirSync(dir);
const pick = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`offline: expected one file matching ${re} in ${dir}, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const js = pick(/^qianwan-[0-9a-f]+\.js$/);
const wasm = pick(/^qianwan-[0-9a-f]+_bg\.wasm$/);
const css = pick(/^style-[0-9a-f]+\.css$/);

let html = read('index.html');
const glue = read(js);
if (/^\s*import\s/m.test(glue)) throw new Error('offline: the JS glue imports other modules; inline them too');
// The glue's exports are not needed once it is inlined; the bootstrap calls its init directly.
const inlineGlue = glue.replace(/^export\s*\{[^}]*\};?\s*$/m, '');
const base64 = fs.readFileSync(path.join(dir, wasm)).toString('base64');

const script = `<script type="module">
${inlineGlue}
const bytes = Uint8Array.from(atob(document.getElementById('qianwan-wasm').textContent.trim()), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
</script>`;

// Out: the stylesheet link, the module script and the preloads Trunk wrote; in: the inlined versions.
html = html.replace(/<link rel="stylesheet"[^>]*>/, () => `<style>\n${read(css)}\n</style>`);
html = html.replace(/<script type="module">[\s\S]*?<\/script>/, () => script);
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
// The wasm travels as data in the page (not a request); the bootstrap decodes it.
html = html.replace('</body>', () => `<script type="application/octet-stream" id="qianwan-wasm">\n${base64}\n</script>\n</body>`);

for (const name of [js, wasm, css]) {
  if (html.includes(name)) throw new Error(`offline: ${name} is still referenced`);
}
fs.writeFileSync(path.join(dir, 'qianwan-offline.html'), html);
console.log(`offline: wrote qianwan-offline.html (${(html.length / 1024).toFixed(0)} KB)`);
