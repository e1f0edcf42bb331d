// Post-build (Trunk hook), in the staging directory:
// 1. release builds: the JS glue minified (terser) and the CSS (csso), their integrity hashes updated
//    (Trunk's own JS minifier fails on wasm-bindgen's glue);
// 2. a Content Security Policy in index.html (inline scripts allowed by their hash, nothing remote);
// 3. release builds: the wasm LZMA-compressed (xz --format=lzma -9e, about 20% smaller than gzip -9 on this
//    binary: 210 KB against 263 KB in December 2026), shipped as <name>_bg.wasm.lzma in place of the wasm and
//    decoded in the page by assets/unlzma.mjs (1.6 KB gzip) before the glue instantiates it; the build checks
//    that the decoder gives the wasm back byte for byte;
// 4. qianwan-offline.html, ONE self-contained page that works from file:// with no server and no network:
//    CSS inlined, the JS glue inlined as a module script, the compressed wasm inlined as base64, decoded and
//    instantiated from bytes (over file:// browsers block the module import and the wasm fetch that
//    index.html relies on), under its own CSP.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { minify } from 'terser';
import { minify as minifyCss } from 'csso';
import { execFileSync } from 'node:child_process';
import { unlzma } from '../assets/unlzma.mjs';

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inlineScripts = (page) => [...page.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const inlineStyles = (page) => [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);

/** Puts a CSP meta element first in <head>. */
function withCsp(page, directives) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${directives.join('; ')}">`;
  return page.replace(/<meta charset="utf-8">/, (m) => `${m}\n  ${meta}`);
}

// No remote origin anywhere; scripts only from the app itself; wasm compiled but no eval; no plugins, no
// <base>, no forms. Inline style attributes stay (the UI sets element styles).
const COMMON = ["default-src 'none'", "style-src-attr 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self'",
  "base-uri 'none'", "object-src 'none'", "form-action 'none'"];

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

const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
let hosted = read('index.html');

// Where the app cannot run (index.html's first script decides), the page shows why and lists the articles,
// written here from the data so that the page is still of some use.
const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const articles = JSON.parse(fs.readFileSync(new URL('../assets/articles.json', import.meta.url), 'utf8')).articles;
// Chinese titles and dates only: they are how the articles are found (and an English line each would cost the
// offline file 0.2 KB of its budget).
const list = articles.map((a) => `<li><cite>《${escape(a.title)}》</cite> ${escape(a.published)}</li>`).join('');
if (!hosted.includes('<!-- articles -->')) throw new Error('postbuild: index.html has no <!-- articles --> mark');
hosted = hosted.replace('<!-- articles -->', () => `<ul>${list}</ul>`);
// The app starts only where it can, and a failed start (a damaged download, a refused compile) shows the
// same page with the reason instead of a blank one.
hosted = hosted.replace(/(<script type="module">[\s\S]*?import init[^\n]*\n)([\s\S]*?)(<\/script>)/, (_, head, body, end) =>
  `${head}if (self.qianwanCanRun) try {\n${body}} catch (e) { self.qianwanNoApp(e); }\n${end}`);
if (!hosted.includes('if (self.qianwanCanRun) try {')) throw new Error('postbuild: Trunk\'s loader changed (no import line)');
// The offline page minifies the glue again with its own bootstrap: from the source, not the hosted build.
const glue = read(js);
if (release) {
  const sri = (name) => `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(dir, name))).digest('base64')}`;
  const shrink = async (name, fn) => {
    const before = sri(name);
    fs.writeFileSync(path.join(dir, name), await fn(read(name)));
    hosted = hosted.split(before).join(sri(name));
  };
  // The glue is an ES module whose exports are the app's API (Trunk's loader imports the default init, and
  // `wasmBindings` the rest). Nothing calls `initSync`: unexported, terser drops it.
  const EXPORTS = /export\s*\{\s*initSync,\s*__wbg_init as default\s*\};?/;
  await shrink(js, async (code) => {
    if (!EXPORTS.test(code)) throw new Error('postbuild: the glue\'s export list changed (wasm-bindgen upgrade?)');
    const trimmed = code.replace(EXPORTS, 'export { __wbg_init as default };');
    return (await minify(trimmed, { module: true, compress: { passes: 2 } })).code;
  });
  await shrink(css, (code) => minifyCss(code).css);
}

// The wasm, LZMA-compressed with its size in the header (the decoder allocates once). The decoder source
// goes into the pages as a plain function.
const wasmBytes = fs.readFileSync(path.join(dir, wasm));
const packed = release ? lzma(wasmBytes) : null;
const decoderSource = fs.readFileSync(new URL('../assets/unlzma.mjs', import.meta.url), 'utf8').replace(/^export (?=function )/m, '');
const decoder = release ? (await minify(decoderSource, { compress: { passes: 2 } })).code : decoderSource;
if (release) {
  const name = `${wasm}.lzma`;
  fs.writeFileSync(path.join(dir, name), packed);
  fs.rmSync(path.join(dir, wasm));
  const integrity = `sha384-${crypto.createHash('sha384').update(packed).digest('base64')}`;
  const load = `./${wasm}`;
  if (!hosted.includes(`module_or_path: '${load}'`)) throw new Error('postbuild: Trunk\'s loader changed (it no longer names the wasm)');
  hosted = hosted.replace(`module_or_path: '${load}'`,
    `module_or_path: unlzma(new Uint8Array(await (await fetch('./${name}', { integrity: '${integrity}' })).arrayBuffer()))`);
  hosted = hosted.replace(/<script type="module">/, () => `<script type="module">\n${decoder}`);
  hosted = hosted.replace(/<link rel="preload" href="\.\/[^"]+_bg\.wasm"[^>]*>/,
    () => `<link rel="preload" href="./${name}" crossorigin="anonymous" integrity="${integrity}" as="fetch">`);
  if (hosted.includes(wasm + '"') || hosted.includes(wasm + "'")) throw new Error('postbuild: the hosted page still names the raw wasm');
}

fs.writeFileSync(path.join(dir, 'index.html'), withCsp(hosted, [
  ...COMMON,
  `script-src 'self' ${inlineScripts(hosted).map(sha256).join(' ')} 'wasm-unsafe-eval'`,
  "style-src-elem 'self'",
  "connect-src 'self'",
]));

let html = hosted;
if (/^\s*import\s/m.test(glue)) throw new Error('offline: the JS glue imports other modules; inline them too');
// The glue's exports are not needed once it is inlined: the bootstrap instantiates the wasm from bytes
// with the glue's imports and hands the instance back to it (its own init would fetch a URL).
const inlineGlue = glue.replace(/export\s*\{[^}]*\};?/, '').replace(/^export (?=function )/gm, '');
for (const fn of ['__wbg_get_imports', '__wbg_finalize_init']) {
  if (!inlineGlue.includes(`function ${fn}(`)) throw new Error(`offline: the glue has no ${fn} (wasm-bindgen upgrade?)`);
}
// Base64 of the compressed wasm (LZMA in release builds; gzip for a quick debug build, inflated by the
// browser's DecompressionStream).
const base64 = (release ? packed : zlib.gzipSync(wasmBytes)).toString('base64');
const wasmData = `Uint8Array.from(atob(document.getElementById('qianwan-wasm').textContent), (c) => c.charCodeAt())`;
const bootstrap = release
  ? `${decoder}
${inlineGlue}
if (self.qianwanCanRun) try {
  const { instance, module } = await WebAssembly.instantiate(unlzma(${wasmData}), __wbg_get_imports());
  __wbg_finalize_init(instance, module);
} catch (e) { self.qianwanNoApp(e); }`
  : `${inlineGlue}
if (self.qianwanCanRun) try {
  const bytes = new Blob([${wasmData}]).stream().pipeThrough(new DecompressionStream('gzip'));
  const { instance, module } = await WebAssembly.instantiate(await new Response(bytes).arrayBuffer(), __wbg_get_imports());
  __wbg_finalize_init(instance, module);
} catch (e) { self.qianwanNoApp(e); }`;
// Minified once more as a whole: what only the hosted page uses (its init, the test hook) goes.
const script = `<script type="module">
${release ? (await minify(bootstrap, { module: true, compress: { passes: 2 } })).code : bootstrap}
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
// Where the hosted page lives (QIANWAN_HOSTED_URL at build time, e.g. https://example.org/qianwan/): the
// offline file's "copy link" then copies a link to it, at the same view, instead of a file:// path.
const hostedUrl = process.env.QIANWAN_HOSTED_URL ?? '';
if (hostedUrl) {
  if (!/^https?:\/\/[^\s"<>]+$/.test(hostedUrl)) throw new Error(`offline: QIANWAN_HOSTED_URL is not an http(s) URL: ${hostedUrl}`);
  html = html.replace('</head>', () => `<meta name="qianwan-hosted" content="${hostedUrl.replace(/&/g, '&amp;')}">\n</head>`);
  console.log(`offline: copy link points at ${hostedUrl}`);
}
html = withCsp(html, [
  ...COMMON,
  `script-src ${inlineScripts(html).map(sha256).join(' ')} 'wasm-unsafe-eval'`,
  `style-src-elem ${inlineStyles(html).map(sha256).join(' ')}`,
  "connect-src 'none'",
]);
fs.writeFileSync(path.join(dir, 'qianwan-offline.html'), html);
console.log(`offline: wrote qianwan-offline.html (${(html.length / 1024).toFixed(0)} KB)`);

/** The wasm LZMA-compressed (xz's LZMA1 "alone" format at -9e), its size written into the header, checked
 * by decoding it again with the page's own decoder. */
function lzma(bytes) {
  // -9e with lc=3, lp=0, pb=0 and nice=64: wasm is byte-oriented (no 2- or 4-byte alignment to model) and
  // shorter matches found sooner suit it; 0.7 KB smaller than plain -9e on this binary (measured 2026-12-03).
  const packed = execFileSync('xz', ['--format=lzma', '--lzma1=preset=9e,lc=3,lp=0,pb=0,nice=64', '--stdout'],
    { input: bytes, maxBuffer: 1 << 28 });
  // Bytes 5..12: the uncompressed size, little-endian (xz writes "unknown" and an end marker).
  let n = bytes.length;
  for (let i = 5; i < 13; i++) { packed[i] = n % 256; n = Math.floor(n / 256); }
  if (!Buffer.from(unlzma(new Uint8Array(packed))).equals(bytes)) throw new Error('postbuild: the LZMA wasm does not round-trip');
  return packed;
}
