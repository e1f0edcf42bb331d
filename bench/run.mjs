// Benchmark of the release bundle: shipped bytes, time to first chart against a floor page, view and
// group switches, hover tooltips, and memory after a walk of every view and slide.
//
// Usage (from the repository root):  node bench/run.mjs [--no-build] [--loads N]
// Writes bench/results.json and prints a table. Budgets are reported as PASS/OVER, never asserted:
// the exit code is 0 unless the build or the browser run itself fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { serve, launch, openPage, waitForPaints, paints, canvasBytes, VIEW_KEYS } from '../tests/browser/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = path.join(root, 'dist');
const OFFLINE = 'qianwan-offline.html';
const VIEWS = VIEW_KEYS.filter((v) => v !== 'about');
const NO_CHART = new Set(['explorer', 'sources']);
const SLIDES = 9;
const VIEWPORT = { width: 1280, height: 800 };
const KB = 1024; // "KB" in this report = bytes / 1024
const budgets = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "budgets.json"), "utf8"));
const SWITCH_CYCLES = 15; // measured cycles over the 8 views (after one unmeasured first-visit cycle)
const GROUP_SWITCHES = 15;
const HOVERS_PER_VIEW = 15; // in each of the hover views below
const HOVER_VIEWS = ['compare', 'composition'];

// ---- arguments -------------------------------------------------------------------------------
const argv = process.argv.slice(2);
let build = true;
let loads = 15;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--no-build') build = false;
  else if (a === '--loads' || a.startsWith('--loads=')) {
    const v = a.includes('=') ? a.split('=')[1] : argv[++i];
    loads = Number.parseInt(v, 10);
    if (!(loads >= 1)) { console.error(`--loads needs a positive integer, got ${v}`); process.exit(2); }
  } else if (a === '--help' || a === '-h') {
    console.log('node bench/run.mjs [--no-build] [--loads N]'); process.exit(0);
  } else { console.error(`unknown argument ${a}`); process.exit(2); }
}

// ---- small helpers ---------------------------------------------------------------------------
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
/** Median and nearest-rank p95 (with few samples p95 is the maximum). */
function stats(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { n: 0, median: null, p95: null, min: null, max: null };
  const median = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  const p95 = v[Math.ceil(0.95 * v.length) - 1];
  const r = (x) => Math.round(x * 1000) / 1000;
  return { n: v.length, median: r(median), p95: r(p95), min: r(v[0]), max: r(v[v.length - 1]) };
}
const fmtMs = (x) => (x == null ? '—' : `${x.toFixed(x < 10 ? 2 : 1)} ms`);
const fmtKB = (b) => (b == null ? '—' : `${(b / KB).toFixed(1)} KB`);
const fmtMB = (b) => (b == null ? '—' : `${(b / KB / KB).toFixed(2)} MB`);
function table(headers, rows, align = []) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  const line = (r) => r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
function section(title) { console.log(`\n== ${title} ${'='.repeat(Math.max(0, 74 - title.length))}`); }

// ---- 1. build and sizes ----------------------------------------------------------------------
if (build) {
  section('build');
  // The release build's toolchain and flags, as scripts/test.sh sets them (KEY=value lines).
  const release = Object.fromEntries(fs.readFileSync(path.join(root, 'scripts/release.env'), 'utf8')
    .split('\n').map((l) => l.match(/^([A-Z0-9_]+)=(?:"(.*)"|(.*))$/)).filter(Boolean).map((m) => [m[1], m[2] ?? m[3]]));
  const env = { ...process.env, ...release, PATH: `${path.join(root, 'node_modules/.bin')}:${path.join(os.homedir(), '.cargo/bin')}:${process.env.PATH}` };
  const r = spawnSync('trunk', ['build', '--release', '--offline'], { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`trunk build failed (${r.error?.message ?? `exit ${r.status}`}); nothing measured`);
    process.exit(1);
  }
}

// Another build may be writing dist/ (trunk stages into dist/.stage). Measure and serve a copy taken
// when no build is under way and whose index.html finds every file it names, so a build finishing
// elsewhere mid-run cannot mix two bundles.
const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'qianwan-bench-'));
process.on('exit', () => fs.rmSync(snapshot, { recursive: true, force: true }));
for (let waited = 0; ; waited += 2) {
  if (waited >= 300) { console.error('dist/ did not settle (a build in progress?) within 5 minutes; giving up'); process.exit(1); }
  if (!fs.existsSync(path.join(dist, '.stage')) && fs.existsSync(path.join(dist, 'index.html'))) {
    let html = '';
    try {
      fs.rmSync(snapshot, { recursive: true, force: true });
      fs.cpSync(dist, snapshot, { recursive: true, filter: (src) => src === dist || !path.basename(src).startsWith('.') });
      html = fs.readFileSync(path.join(snapshot, 'index.html'), 'utf8');
    } catch (e) {
      console.log(`copying dist/ failed (${e.code ?? e.message}), a build is writing it; retrying…`);
      await sleep(2000);
      continue;
    }
    const named = [...html.matchAll(/(?:href|src|module_or_path:\s*)=?\s*['"]\.\/([^'"?#]+)['"]/g)].map((m) => m[1]);
    const from = [...html.matchAll(/from\s+['"]\.\/([^'"]+)['"]/g)].map((m) => m[1]);
    const missing = [...named, ...from].filter((f) => !fs.existsSync(path.join(snapshot, f)));
    if (!missing.length) break;
    if (waited === 0) console.log(`dist/index.html names missing files (${missing.join(', ')}); waiting…`);
  } else if (waited === 0) {
    if (!fs.existsSync(path.join(dist, 'index.html')) && !fs.existsSync(path.join(dist, '.stage'))) {
      console.error('dist/index.html is missing: build first (drop --no-build)'); process.exit(1);
    }
    console.log('dist/.stage exists: a trunk build is in progress, waiting for it…');
  }
  await sleep(2000);
}

function listFiles(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.')) // trunk's staging dir and the like are not shipped
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]))
    .sort();
}
const distTime = fs.statSync(path.join(dist, 'index.html')).mtime.toISOString();
const files = listFiles(snapshot).map((name) => {
  const buf = fs.readFileSync(path.join(snapshot, name));
  return {
    file: name,
    kind: name === OFFLINE ? 'offline' : 'hosted',
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
});
const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);
const hosted = files.filter((f) => f.kind === 'hosted');
const offline = files.find((f) => f.kind === 'offline') ?? null;
const sizes = {
  files,
  hostedTotal: { files: hosted.length, raw: sum(hosted, 'raw'), gzip: sum(hosted, 'gzip'), brotli: sum(hosted, 'brotli') },
  offline: offline && { raw: offline.raw, gzip: offline.gzip, brotli: offline.brotli },
  note: 'each file compressed on its own (as a server would send it); totals are sums of those',
};

section('shipped bytes (KB = bytes / 1024; gzip -9, brotli q11)');
console.log(table(
  ['file', 'kind', 'raw B', 'gzip B', 'brotli B', 'raw', 'gzip', 'brotli'],
  [
    ...files.map((f) => [f.file, f.kind, f.raw, f.gzip, f.brotli, fmtKB(f.raw), fmtKB(f.gzip), fmtKB(f.brotli)]),
    ['total hosted bundle', `${hosted.length} files`, sizes.hostedTotal.raw, sizes.hostedTotal.gzip, sizes.hostedTotal.brotli,
      fmtKB(sizes.hostedTotal.raw), fmtKB(sizes.hostedTotal.gzip), fmtKB(sizes.hostedTotal.brotli)],
    ...(offline ? [['offline single file', OFFLINE, offline.raw, offline.gzip, offline.brotli, fmtKB(offline.raw), fmtKB(offline.gzip), fmtKB(offline.brotli)]] : []),
  ],
  ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
));
if (!offline) console.log(`(no ${OFFLINE} in dist/)`);

// ---- the browser -----------------------------------------------------------------------------
// Keeps the wasm exports Trunk's loader hands out, for the linear memory size.
const PROBE = () => {
  window.__bench = { wasm: null, started: null };
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__bench.wasm = e.detail?.wasm ?? null;
    window.__bench.started = performance.now();
  });
  // Tells Node about the mark without polling the page: Playwright's waitForFunction injects its own
  // script, whose parse competed with the app's start-up on the main thread (the floor marks before it).
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-chart').length) console.debug('bench:first-chart');
  }).observe({ type: 'mark', buffered: true });
};

const server = await serve(snapshot);
const floorServer = await serve(here); // bench/ itself: floor.html
// The wasm floor: floor.html, whose script first fetches, decodes, compiles and instantiates the app's own
// wasm (served beside it and preloaded, as the app's is; stub imports, nothing of it runs). What
// any page shipping this binary pays before its code can do anything.
const wasmFloorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qianwan-floor-wasm-'));
process.on('exit', () => fs.rmSync(wasmFloorDir, { recursive: true, force: true }));
// The app ships its wasm LZMA-compressed (scripts/postbuild.mjs): the floor fetches the same file, decodes
// it with the same decoder and compiles it, as the page must.
const wasmFile = files.find((f) => f.file.endsWith('.wasm.lzma'))?.file;
if (!wasmFile) { console.error('no .wasm.lzma in dist/'); process.exit(1); }
fs.copyFileSync(path.join(snapshot, wasmFile), path.join(wasmFloorDir, 'app.wasm.lzma'));
{
  const floorHtml = fs.readFileSync(path.join(here, 'floor.html'), 'utf8');
  const script = floorHtml.match(/<script>([\s\S]*?)<\/script>/);
  if (!script) { console.error('bench/floor.html has no inline script'); process.exit(1); }
  const decoder = fs.readFileSync(path.join(here, '../assets/unlzma.mjs'), 'utf8').replace(/^export (?=function )/m, '');
  const instantiate = `fetch('app.wasm.lzma', { mode: 'cors', credentials: 'same-origin' }).then((r) => r.arrayBuffer())
      .then((packed) => WebAssembly.compile(unlzma(new Uint8Array(packed)))).then((module) => {
      const imports = {};
      for (const { module: m, name } of WebAssembly.Module.imports(module)) (imports[m] ??= {})[name] = () => { throw new Error('not run'); };
      return WebAssembly.instantiate(module, imports);
    })`;
  const html = floorHtml
    .replace('</head>', '  <link rel="preload" href="app.wasm.lzma" as="fetch" crossorigin>\n</head>')
    .replace(script[0], `<script>\n${decoder}\n    ${instantiate}.then(() => {${script[1]}});\n  </script>`);
  fs.writeFileSync(path.join(wasmFloorDir, 'index.html'), html);
}
const wasmFloorServer = await serve(wasmFloorDir);
const browser = await launch();
const chromium = browser.version();
const started = Date.now();
const phases = {}; let phaseStart = Date.now();
const endPhase = (name) => { phases[name] = Math.round((Date.now() - phaseStart) / 100) / 10; phaseStart = Date.now(); };
const results = {
  date: new Date().toISOString(),
  chromium,
  node: process.version,
  host: { platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, loadavgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100) },
  dist: { indexHtmlModified: distTime, served: 'a copy of dist/ taken at the start, from 127.0.0.1' },
  loads,
  built: build,
  units: { bytes: 'B', KB: 'bytes / 1024', MB: 'bytes / 1024 / 1024', times: 'ms', p95: 'nearest rank (the maximum when n < 20)' },
  sizes,
};

try {
  // ---- 2 + 3. first chart, app and floor, a fresh context per load ---------------------------
  async function loadOnce(url) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const marked = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:first-chart', timeout: 30000 });
      await page.goto(url);
      await marked;
      const r = await page.evaluate(() => ({
        firstChart: performance.getEntriesByName('first-chart')[0].startTime,
        appStarted: window.__bench?.started ?? null,
      }));
      if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
      return r;
    } finally {
      await context.close();
    }
  }
  const floorUrl = `${floorServer.url}floor.html`;
  section(`first chart: ${loads} loads each of the app, the floor page and the wasm floor, interleaved`);
  // One unmeasured load of each first (process and font warm-up).
  await loadOnce(server.url);
  await loadOnce(floorUrl);
  await loadOnce(wasmFloorServer.url);
  const app = []; const floor = []; const wasmFloor = []; const appStarted = [];
  for (let i = 0; i < loads; i++) {
    const a = await loadOnce(server.url);
    app.push(a.firstChart);
    if (a.appStarted != null) appStarted.push(a.appStarted);
    floor.push((await loadOnce(floorUrl)).firstChart);
    wasmFloor.push((await loadOnce(wasmFloorServer.url)).firstChart);
    process.stdout.write(`  load ${i + 1}/${loads}: app ${a.firstChart.toFixed(1)} ms, floor ${floor.at(-1).toFixed(1)} ms, wasm floor ${wasmFloor.at(-1).toFixed(1)} ms\n`);
  }
  const appS = stats(app); const floorS = stats(floor); const wasmFloorS = stats(wasmFloor);
  results.firstChart = {
    what: "navigation start → performance.mark('first-chart') (its startTime), fresh browser context per load, served from 127.0.0.1",
    app: { ...appS, samples: app.map((x) => Math.round(x * 10) / 10) },
    floor: { ...floorS, samples: floor.map((x) => Math.round(x * 10) / 10) },
    ratio: appS.median / floorS.median,
    wasmFloor: {
      what: "bench/floor.html, its script run after fetching, compiling and instantiating the app's own wasm (stub imports, nothing run)",
      ...wasmFloorS,
      samples: wasmFloor.map((x) => Math.round(x * 10) / 10),
      ratio: wasmFloorS.median / floorS.median,
    },
    appTrunkStarted: { what: 'navigation start → TrunkApplicationStarted (wasm initialised)', ...stats(appStarted) },
    warmup: 'one unmeasured load of each before the measured ones',
  };
  console.log(table(['page', 'n', 'median', 'p95', 'min', 'max'], [
    ['app (first-chart mark)', appS.n, fmtMs(appS.median), fmtMs(appS.p95), fmtMs(appS.min), fmtMs(appS.max)],
    ['floor (bench/floor.html)', floorS.n, fmtMs(floorS.median), fmtMs(floorS.p95), fmtMs(floorS.min), fmtMs(floorS.max)],
    ['wasm floor (floor.html + wasm)', wasmFloorS.n, fmtMs(wasmFloorS.median), fmtMs(wasmFloorS.p95), fmtMs(wasmFloorS.min), fmtMs(wasmFloorS.max)],
  ], ['l', 'r', 'r', 'r', 'r', 'r']));
  console.log(`app / floor (medians): ${results.firstChart.ratio.toFixed(2)}×; wasm floor / floor: ${results.firstChart.wasmFloor.ratio.toFixed(2)}×`);
  endPhase('firstChart');

  // ---- 4. view and group switches ------------------------------------------------------------
  /**
   * Runs in the page: starts a clock, clicks a tab (or changes #group-select) in-page, and stops it
   * when the target is current and its chart painted (data-paints of a new canvas ≥ 1, or of the same
   * canvas incremented), seen by a MutationObserver or synchronously ("script"), and again once the
   * next frame has been rendered ("shown", the reported figure). Also picks up the app's own
   * performance.measure(name) if one appears within appWait ms (the latest: the app measures again
   * at each paint the switch causes, so the last one spans it).
   */
  const IN_PAGE_SWITCH = async ({ type, key, value, chart, measureName, appWait, phase }) => {
    // Land the click at a given point of the display's frame interval, as a person's click lands anywhere in it
    // (without this the fixed settle before each switch put every click at the same phase).
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, phase)));
    const old = document.querySelector('canvas#chart');
    const oldPaints = Number(old?.dataset.paints ?? 0);
    // The app keeps only the measures of its latest switch (it clears them at each start): the ones that
    // began at or after the click are this switch's.
    let clickAt = Infinity;
    const measures = () => performance.getEntriesByName(measureName)
      .filter((e) => e.entryType === 'measure' && e.startTime >= clickAt - 1);
    const before = 0;
    const tab = document.querySelector(`[data-view="${key}"]`);
    const painted = () => {
      const c = document.querySelector('canvas#chart');
      if (!c) return false;
      const n = Number(c.dataset.paints ?? 0);
      return c !== old ? n >= 1 : n > oldPaints;
    };
    const done = type === 'view'
      ? () => tab?.getAttribute('aria-current') === 'page' && (!chart || painted())
      : painted;
    let t0 = 0; let t1 = 0;
    // Shown: the first frame rendered (style, layout, paint) once the view is current and painted. The frame
    // callback is registered before the click, so it runs ahead of any the app registers while handling it,
    // and the task it queues runs right after that frame's rendering, ahead of work the app defers past it.
    const shownAt = new Promise((ok) => {
      const onFrame = () => (done() ? setTimeout(() => ok(performance.now()), 0) : requestAnimationFrame(onFrame));
      requestAnimationFrame(onFrame);
    });
    await new Promise((resolve, reject) => {
      let over = false;
      const finish = () => {
        if (over) return;
        over = true; t1 = performance.now();
        mo.disconnect(); clearTimeout(timer); resolve();
      };
      const mo = new MutationObserver(() => { if (done()) finish(); });
      mo.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-paints', 'aria-current', 'id'] });
      const timer = setTimeout(() => { over = true; mo.disconnect(); reject(new Error(`${type} ${key ?? value}: not shown/painted in 10 s`)); }, 10000);
      t0 = performance.now();
      clickAt = t0;
      if (type === 'view') tab.click();
      else {
        const s = document.querySelector('#group-select');
        s.value = value;
        s.dispatchEvent(new Event('input', { bubbles: true }));
        s.dispatchEvent(new Event('change', { bubbles: true }));
      }
      if (done()) finish(); // rendered synchronously inside the handler
    });
    // Complete: the first frame rendered once the app has rendered what it left for after the first one (views
    // render their first screen in the switch's frame, the rest in a task queued from it; <main> is aria-busy
    // until then).
    const completeAt = shownAt.then(() => new Promise((ok) => {
      const onFrame = () => (document.querySelector('main[aria-busy]') ? requestAnimationFrame(onFrame) : setTimeout(() => ok(performance.now()), 0));
      requestAnimationFrame(onFrame);
    }));
    const shown = await shownAt;
    const complete = await completeAt;
    let app = null;
    const deadline = performance.now() + appWait;
    for (;;) {
      if (measures().length > before) {
        // The app records a measure at each paint after the click (a scrollbar that appears repaints): take the last.
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
        app = measures().at(-1).duration;
        break;
      }
      if (performance.now() >= deadline) break;
      await new Promise((ok) => setTimeout(ok, 4));
    }
    return { shown: shown - t0, complete: complete - t0, outside: t1 - t0, app };
  };
  // Click phases: uniform over a 60 Hz frame interval, from a fixed seed so runs are comparable.
  let phaseSeed = 20261122;
  const nextPhase = () => {
    phaseSeed = (Math.imul(phaseSeed, 1664525) + 1013904223) >>> 0;
    return (phaseSeed / 2 ** 32) * 16.7;
  };
  const settle = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 30)))));

  section(`view switches: ${VIEWS.length} views × ${SWITCH_CYCLES} cycles (+1 first-visit cycle), ${GROUP_SWITCHES} group switches`);
  const session = await openPage(browser, server.url);
  const { page } = session;
  // Which views record the app's measure: learnt on the first-visit cycle (waits up to 600 ms there).
  const appSwitchSeen = new Set();
  const firstVisit = {};
  const samples = Object.fromEntries(VIEWS.map((v) => [v, []]));
  const order = [...VIEWS.slice(1), VIEWS[0]]; // the page opens on compare
  for (let cycle = 0; cycle <= SWITCH_CYCLES; cycle++) {
    for (const key of order) {
      const wait = cycle === 0 ? 600 : appSwitchSeen.has(key) ? 1000 : 0;
      const r = await page.evaluate(IN_PAGE_SWITCH, { type: 'view', key, chart: !NO_CHART.has(key), measureName: 'qianwan:switch', appWait: wait, phase: nextPhase() });
      if (cycle === 0) { firstVisit[key] = r; if (r.app != null) appSwitchSeen.add(key); } else samples[key].push(r);
      await settle(page);
    }
  }
  // Group switches in the compare view (where the page now is).
  if (!(await page.locator('#group-select').count())) throw new Error('no #group-select in the compare view');
  const options = await page.locator('#group-select option').evaluateAll((os) => os.map((o) => o.value));
  let current = await page.locator('#group-select').inputValue();
  const groupSamples = [];
  let groupAppSeen = false;
  const initialGroup = current;
  for (let i = 0; i <= GROUP_SWITCHES; i++) {
    const next = options[(options.indexOf(current) + 1) % options.length];
    const wait = i === 0 ? 600 : groupAppSeen ? 1000 : 0;
    const r = await page.evaluate(IN_PAGE_SWITCH, { type: 'group', value: next, measureName: 'qianwan:switch', appWait: wait, phase: nextPhase() });
    if (i === 0) groupAppSeen = r.app != null; else groupSamples.push({ ...r, group: next });
    current = next;
    await settle(page);
  }
  // Back to the group the page opened on, for the hover measurements.
  {
    const n = await paints(page);
    await page.selectOption('#group-select', initialGroup);
    await waitForPaints(page, n + 1);
    await settle(page);
  }

  // The switch floor (bench/switch-floor.html): the same timing on a page whose click only marks a tab and
  // redraws three bars. What it takes is the method's own cost, mostly the wait for the next frame.
  const floorSamples = [];
  {
    const fp = await openPage(browser, `${floorServer.url}switch-floor.html`);
    for (let i = 0; i <= 2 * SWITCH_CYCLES; i++) {
      const key = i % 2 ? 'a' : 'b';
      const r = await fp.page.evaluate(IN_PAGE_SWITCH, { type: 'view', key, chart: true, measureName: 'none', appWait: 0, phase: nextPhase() });
      if (i > 0) floorSamples.push(r);
      await settle(fp.page);
    }
    await fp.context.close();
  }

  /** Picks the method for a set of samples: the app's measure when every sample has one. */
  const pick = (rs) => (rs.length && rs.every((r) => r.app != null)
    ? { method: 'app', ...stats(rs.map((r) => r.app)) }
    : { method: 'outside', ...stats(rs.map((r) => r.outside)) });
  const allView = VIEWS.flatMap((v) => samples[v]);
  const SHOWN = 'shown: performance.now() in the page from a click dispatched in-page (or a #group-select change) to the first frame rendered after the view is current and its chart painted (a task queued from that frame\'s requestAnimationFrame callback), so style, layout and paint are included';
  const part = (rs) => ({
    ...stats(rs.map((r) => r.shown)),
    complete: stats(rs.map((r) => r.complete)),
    app: stats(rs.map((r) => r.app)),
    outside: stats(rs.map((r) => r.outside)),
  });
  results.switches = {
    what: 'click on a view tab (or a #group-select change) → that view on screen with its chart painted; steady state after one unmeasured first visit',
    method: SHOWN,
    alsoReported: {
      complete: 'the same clock to the first frame rendered after <main> is no longer aria-busy: the view entirely in the DOM (a view renders its first screen in the switch\'s frame and the rest in a task queued from that frame)',
      app: "performance.measure('qianwan:switch') recorded by the app: click → the view's chart drawn (script only; not recorded by the views without a chart)",
      outside: "click → the tab current and canvas#chart's data-paints moved, seen by a MutationObserver (script only)",
    },
    appMeasureSeen: { views: [...appSwitchSeen], group: groupAppSeen },
    views: Object.fromEntries(VIEWS.map((v) => [v, { ...part(samples[v]), firstVisit: firstVisit[v] }])),
    allViews: part(allView),
    group: { ...part(groupSamples), groups: groupSamples.map((r) => r.group) },
    floor: { what: 'bench/switch-floor.html: a click marks a tab current and redraws three bars on a canvas, timed the same way', ...part(floorSamples) },
  };
  results.switches.floorRatio = { what: 'all views shown p95 ÷ floor shown p95', value: results.switches.allViews.p95 / results.switches.floor.p95 };
  const sw = results.switches;
  const row = (name, s, fv) => [name, s.n, fmtMs(s.median), fmtMs(s.p95), fmtMs(s.max), fv, fmtMs(s.complete.median), fmtMs(s.complete.p95), fmtMs(s.app.median), fmtMs(s.app.p95), fmtMs(s.outside.median)];
  console.log(table(['switch to', 'n', 'shown median', 'shown p95', 'max', 'first visit', 'complete median', 'complete p95', 'app median', 'app p95', 'script median'], [
    ...VIEWS.map((v) => row(v, sw.views[v], fmtMs(sw.views[v].firstVisit?.shown))),
    row('all views', sw.allViews, ''),
    row('group (#group-select)', sw.group, ''),
    row('floor (switch-floor.html)', sw.floor, ''),
  ], ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
  console.log(`all views / floor (shown p95): ${sw.floorRatio.value.toFixed(2)}×`);
  console.log(`shown = ${SHOWN}\ncomplete = ${sw.alsoReported.complete}\napp = ${sw.alsoReported.app}; script = ${sw.alsoReported.outside}`);
  endPhase('switches');

  // ---- 4b. hover tooltips --------------------------------------------------------------------
  section(`hover: ${HOVERS_PER_VIEW} hovers in each of ${HOVER_VIEWS.join(', ')}, leave → enter over different bars`);
  // Records, for every mousemove the page handles, where it was and which tooltip it left showing.
  await page.evaluate(() => {
    window.__sweep = [];
    addEventListener('mousemove', (e) => {
      const { clientX: x, clientY: y } = e;
      setTimeout(() => window.__sweep?.push({ x, y, tip: document.querySelector('#chart-tooltip')?.innerText ?? null }), 0);
    }, true);
  });
  /** A short name for a tooltip: its region and value lines. */
  const label = (text) => { const l = (text ?? '').split('\n').filter(Boolean); return [l[0], l.find((x, i) => i > 0 && /\d|未报道/.test(x))].filter(Boolean).join(' '); };
  /** Finds the marks of the current chart by sweeping the pointer across it until tooltips appear. */
  async function findTargets() {
    const box = await page.locator('canvas#chart').boundingBox();
    await page.evaluate(() => { window.__sweep = []; });
    const top = Math.max(box.y, 0); const bottom = Math.min(box.y + box.height, VIEWPORT.height);
    const rows = [0.35, 0.55, 0.72, 0.86].map((f) => Math.round(top + f * (bottom - top)));
    for (const y of rows) {
      await page.mouse.move(box.x + 2, y);
      for (let x = box.x + 2; x < box.x + box.width - 2; x += 10) await page.mouse.move(x, y);
      await page.mouse.move(2, 2);
    }
    await sleep(50);
    const sweep = await page.evaluate(() => window.__sweep);
    // Per tooltip text and row, the span of x it showed over; a mark's centre is the middle of its widest span.
    const spans = new Map();
    for (const s of sweep) {
      if (!s.tip) continue;
      const k = `${s.tip}\u0000${s.y}`;
      const sp = spans.get(k) ?? { tip: s.tip, y: s.y, x0: s.x, x1: s.x };
      sp.x0 = Math.min(sp.x0, s.x); sp.x1 = Math.max(sp.x1, s.x);
      spans.set(k, sp);
    }
    const best = new Map();
    for (const sp of spans.values()) {
      if (!best.has(sp.tip) || sp.x1 - sp.x0 > best.get(sp.tip).x1 - best.get(sp.tip).x0) best.set(sp.tip, sp);
    }
    return [...best.values()].map((sp) => ({ x: (sp.x0 + sp.x1) / 2, y: sp.y, tip: label(sp.tip) }))
      .sort((a, b) => a.x - b.x);
  }
  /** Arms a one-shot recorder in the page: first mousemove on the canvas → #chart-tooltip in the DOM. */
  const ARM = () => {
    const canvas = document.querySelector('canvas#chart');
    // The app keeps only its latest hover's measure: the ones that began at or after this mousemove are new.
    const before = 0;
    window.__hover = new Promise((resolve, reject) => {
      let t0 = null; let stamp = null;
      const onMove = (e) => { if (t0 == null && e.target === canvas) { t0 = performance.now(); stamp = e.timeStamp; } };
      addEventListener('mousemove', onMove, true);
      const done = () => {
        const t1 = performance.now();
        mo.disconnect(); clearTimeout(timer); removeEventListener('mousemove', onMove, true);
        resolve({ t0, t1, stamp, before });
      };
      const mo = new MutationObserver(() => { if (t0 != null && document.querySelector('#chart-tooltip')) done(); });
      mo.observe(canvas.parentElement, { subtree: true, childList: true });
      const timer = setTimeout(() => { mo.disconnect(); removeEventListener('mousemove', onMove, true); reject(new Error('no tooltip within 5 s')); }, 5000);
    });
  };
  const COLLECT = async (appWait) => {
    const { t0, t1, stamp, before } = await window.__hover;
    const measures = () => performance.getEntriesByName('qianwan:hover')
      .filter((e) => e.entryType === 'measure' && e.startTime >= t0 - 1);
    let app = null;
    const deadline = performance.now() + appWait;
    for (;;) {
      const m = measures();
      if (m.length > before) { app = m.at(-1).duration; break; }
      if (performance.now() >= deadline) break;
      await new Promise((ok) => setTimeout(ok, 4));
    }
    return { outside: t1 - t0, fromInput: t1 - stamp, app, tip: document.querySelector('#chart-tooltip')?.innerText ?? null };
  };
  async function hoverOnce(target, appWait) {
    await page.mouse.move(2, 2); // leave the canvas
    await page.waitForSelector('#chart-tooltip', { state: 'detached', timeout: 5000 });
    await settle(page);
    await page.evaluate(ARM);
    await page.mouse.move(target.x, target.y);
    return page.evaluate(COLLECT, appWait);
  }
  const hoverSamples = [];
  const hoverTargets = {};
  let hoverAppSeen = false;
  for (const view of HOVER_VIEWS) {
    await page.click(`[data-view=${view}]`);
    await page.waitForFunction((v) => document.querySelector(`[data-view=${v}]`)?.getAttribute('aria-current') === 'page', view);
    await waitForPaints(page, 1);
    await settle(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const sweepStart = Date.now();
    const targets = await findTargets();
    phases[`sweep:${view}`] = Math.round((Date.now() - sweepStart) / 100) / 10;
    hoverTargets[view] = targets;
    if (!targets.length) throw new Error(`hover: no tooltip found sweeping the ${view} chart`);
    // One unmeasured hover (warm-up), which also tells whether the app records qianwan:hover.
    const warm = await hoverOnce(targets[0], 600);
    hoverAppSeen ||= warm.app != null;
    for (let i = 0; i < HOVERS_PER_VIEW; i++) {
      const t = targets[(i + 1) % targets.length];
      const r = await hoverOnce(t, hoverAppSeen ? 1000 : 0);
      hoverSamples.push({ ...r, tip: label(r.tip), view, target: t.tip });
    }
  }
  await page.mouse.move(2, 2);
  const hp = pick(hoverSamples);
  results.hover = {
    what: 'pointer leaves the chart, then one mousemove onto a bar → #chart-tooltip in the DOM; bars found by sweeping the pointer across the chart',
    method: hp.method === 'app'
      ? "app: performance.measure('qianwan:hover') recorded by the app"
      : 'outside: performance.now() in a capturing mousemove listener (before the app handles the event) → MutationObserver sees #chart-tooltip',
    ...hp,
    outside: stats(hoverSamples.map((r) => r.outside)),
    app: stats(hoverSamples.map((r) => r.app)),
    fromInputEvent: { what: 'event.timeStamp → tooltip: includes the browser delivering the (frame-aligned) mousemove; informational', ...stats(hoverSamples.map((r) => r.fromInput)) },
    perView: Object.fromEntries(HOVER_VIEWS.map((v) => [v, pick(hoverSamples.filter((r) => r.view === v))])),
    distinctBars: Object.fromEntries(HOVER_VIEWS.map((v) => [v, new Set(hoverSamples.filter((r) => r.view === v).map((r) => r.tip)).size])),
    targets: hoverTargets,
  };
  const h = results.hover;
  console.log(table(['hover', 'n', 'method', 'median', 'p95', 'max', 'distinct bars'], [
    ...HOVER_VIEWS.map((v) => [v, h.perView[v].n, h.perView[v].method, fmtMs(h.perView[v].median), fmtMs(h.perView[v].p95), fmtMs(h.perView[v].max), h.distinctBars[v]]),
    ['all', h.n, h.method, fmtMs(h.median), fmtMs(h.p95), fmtMs(h.max), ''],
  ], ['l', 'r', 'l', 'r', 'r', 'r', 'r']));
  console.log(`method: ${h.method}`);
  console.log(`(from the input event's timestamp, incl. frame-aligned delivery: median ${fmtMs(h.fromInputEvent.median)}, p95 ${fmtMs(h.fromInputEvent.p95)})`);
  endPhase('hover');
  results.sessionErrors = session.errors;
  await session.context.close();

  // ---- 5. memory after walking every view and slide ------------------------------------------
  section('memory after a walk of all views and all slides');
  const mem = await openPage(browser, server.url);
  const mp = mem.page;
  await mp.addInitScript(PROBE);
  await mp.reload(); // so the probe sees TrunkApplicationStarted
  await mp.waitForSelector('.tab[aria-current=page]', { state: 'attached' });
  await waitForPaints(mp, 1);
  const cdp = await mem.context.newCDPSession(mp);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const u = await cdp.send('Runtime.getHeapUsage');
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    return { usedSize: u.usedSize, totalSize: u.totalSize, JSHeapUsedSize: m.JSHeapUsedSize, JSHeapTotalSize: m.JSHeapTotalSize };
  };
  const wasmBytes = () => mp.evaluate(() => window.__bench?.wasm?.memory?.buffer?.byteLength ?? null);
  const atLoad = { heap: await heap(), wasm: await wasmBytes() };
  const walked = [];
  for (const view of VIEWS) {
    await mp.click(`[data-view=${view}]`);
    await mp.waitForFunction((v) => document.querySelector(`[data-view=${v}]`)?.getAttribute('aria-current') === 'page', view);
    if (!NO_CHART.has(view)) await waitForPaints(mp, 1);
    walked.push(view);
  }
  // Now in the presentation: every slide from the first.
  const slideIs = (n) => mp.waitForFunction((n) => document.querySelector('[data-testid=slide-counter]')?.innerText.startsWith(`${n} /`), n, { timeout: 10000 });
  await mp.keyboard.press('Home');
  await slideIs(1);
  const slides = [1];
  for (let s = 2; s <= SLIDES; s++) {
    await mp.keyboard.press('ArrowRight');
    await slideIs(s);
    if (await mp.locator('canvas#chart').count()) await waitForPaints(mp, 1);
    slides.push(s);
  }
  await settle(mp);
  const afterWalk = { heap: await heap(), wasm: await wasmBytes() };
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(100);
  const afterGc = { heap: await heap(), wasm: await wasmBytes() };
  results.memory = {
    what: 'fresh page; after clicking through all 8 views and ArrowRight through all 9 slides',
    jsHeapUsed: afterGc.heap.usedSize,
    jsHeapUsedNote: 'Runtime.getHeapUsage usedSize after a forced GC (HeapProfiler.collectGarbage); the budget is checked on this',
    wasmLinearMemory: afterGc.wasm,
    wasmNote: 'TrunkApplicationStarted detail.wasm.memory.buffer.byteLength (linear memory only grows)',
    atLoad, afterWalk, afterGc, walked, slides,
    errors: mem.errors,
  };
  await cdp.detach();
  await mem.context.close();
  console.log(table(['', 'JS heap used', 'JS heap total', 'wasm linear memory'], [
    ['after load', fmtMB(atLoad.heap.usedSize), fmtMB(atLoad.heap.totalSize), fmtMB(atLoad.wasm)],
    ['after walk', fmtMB(afterWalk.heap.usedSize), fmtMB(afterWalk.heap.totalSize), fmtMB(afterWalk.wasm)],
    ['after walk + GC', fmtMB(afterGc.heap.usedSize), fmtMB(afterGc.heap.totalSize), fmtMB(afterGc.wasm)],
  ], ['l', 'r', 'r', 'r']));
  console.log(`walked views: ${walked.join(', ')}; slides ${slides.join(',')}`);

  // Canvas backing store (every canvas's width × height × 4) after the same walk, at this viewport and on a
  // large screen at a pixel ratio of 2, where the page releases hidden canvases beyond its 40 MB budget
  // (app::memory); then a second round of the views there, timing each return click → its chart painted
  // (a released canvas paints again; a kept one does not).
  results.canvasMemory = { what: 'sum of width × height × 4 over every canvas on the page, after the walk (views, then slides)' };
  for (const [key, viewport, scale] of [['benchViewport', VIEWPORT, 1], ['large2x', { width: 1920, height: 1080 }, 2]]) {
    const cm = await openPage(browser, server.url, { viewport, deviceScaleFactor: scale });
    const cp = cm.page;
    let peak = 0;
    for (const view of VIEWS) {
      await cp.click(`[data-view=${view}]`);
      await cp.waitForFunction((v) => document.querySelector(`[data-view=${v}]`)?.getAttribute('aria-current') === 'page', view);
      if (!NO_CHART.has(view)) await waitForPaints(cp, 1);
      peak = Math.max(peak, await canvasBytes(cp));
    }
    for (let s = 2; s <= SLIDES; s++) await cp.keyboard.press('ArrowRight');
    await cp.waitForFunction((n) => document.querySelector('[data-testid=slide-counter]')?.innerText.startsWith(`${n} /`), SLIDES);
    await sleep(200);
    const after = await canvasBytes(cp);
    await cp.keyboard.press('Escape');
    const returns = [];
    for (const view of VIEWS.filter((v) => !NO_CHART.has(v) && v !== 'present')) {
      const t = await cp.evaluate(async (v) => {
        const t0 = performance.now();
        location.hash = `view=${v}`;
        await new Promise((ok) => {
          const done = () => { const c = document.querySelector('canvas#chart'); return c && !c.hasAttribute('data-released') && c.width > 0 && document.querySelector(`[data-view=${v}]`)?.getAttribute('aria-current') === 'page'; };
          const tick = () => (done() ? ok() : requestAnimationFrame(tick));
          tick();
        });
        return performance.now() - t0;
      }, view);
      returns.push(t);
    }
    results.canvasMemory[key] = { viewport, deviceScaleFactor: scale, afterWalk: after, peak, returnSwitch: stats(returns) };
    await cm.context.close();
  }
  console.log(table(['canvas backing store', 'after walk', 'peak', 'return switch median', 'max'], ['benchViewport', 'large2x'].map((k) => {
    const c = results.canvasMemory[k];
    return [`${c.viewport.width}×${c.viewport.height} @${c.deviceScaleFactor}`, fmtMB(c.afterWalk), fmtMB(c.peak), fmtMs(c.returnSwitch.median), fmtMs(c.returnSwitch.max)];
  }), ['l', 'r', 'r', 'r', 'r']));
  endPhase('memory');
} finally {
  await browser.close();
  await server.close();
  await floorServer.close();
  await wasmFloorServer.close();
}
results.durationSeconds = Math.round((Date.now() - started) / 100) / 10;
results.phaseSeconds = phases;
results.host.loadavgAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);

// ---- 6. budgets --------------------------------------------------------------------------------
const budget = (name, value, limit, show) => ({ name, value, limit, status: value != null && value <= limit ? 'PASS' : 'OVER', shown: show(value), limitShown: show(limit) });
results.budgets = [
  budget(`total shipped (hosted) gzip ≤ ${budgets.hosted_gzip.budget / KB} KB`, sizes.hostedTotal.gzip, budgets.hosted_gzip.budget, fmtKB),
  budget(`offline single file gzip ≤ ${budgets.offline_gzip.budget / KB} KB`, sizes.offline?.gzip ?? null, budgets.offline_gzip.budget, fmtKB),
  budget('first chart median ≤ 2 × floor median', results.firstChart.ratio, 2, (x) => (x == null ? '—' : `${x.toFixed(2)}×`)),
  budget('view switch p95 ≤ 16 ms (all views, click → shown)', results.switches.allViews.p95, 16, fmtMs),
  budget('group switch p95 ≤ 16 ms (change → shown)', results.switches.group.p95, 16, fmtMs),
  // The issue's own wording is "marks around the work": the script-only clock, reported beside the stricter one.
  budget('view switch p95 ≤ 16 ms (all views, script only)', results.switches.allViews.outside?.p95 ?? null, 16, fmtMs),
  budget('group switch p95 ≤ 16 ms (script only)', results.switches.group.outside?.p95 ?? null, 16, fmtMs),
  budget(`hover p95 ≤ 4 ms (${results.hover.method})`, results.hover.p95, 4, fmtMs),
  budget('JS heap ≤ 4 MB (used, after walk + GC)', results.memory.jsHeapUsed, 4 * KB * KB, fmtMB),
  budget('canvas backing store ≤ 40 MB after a walk at 1920×1080 @2', results.canvasMemory.large2x.afterWalk, 40 * KB * KB, fmtMB),
];
section('budgets (KB = bytes/1024, MB = bytes/1024/1024; reported, not asserted)');
console.log(table(['budget', 'measured', 'limit', ''], results.budgets.map((b) => [b.name, b.shown, b.limitShown, b.status]), ['l', 'r', 'r', 'l']));
console.log(`\nmethods: switch = shown, hover = ${results.hover.method.split(':')[0]}`);
{
  const w = results.firstChart.wasmFloor;
  console.log(`wasm floor (the floor page, after fetching, compiling and instantiating this wasm): median ${fmtMs(w.median)} = ${w.ratio.toFixed(2)}× the floor, before any of the app's code runs`);
}
{
  const f = results.switches.floor;
  console.log(`switch floor (a page that only marks a tab and redraws three bars, timed the same way): shown median ${fmtMs(f.median)}, p95 ${fmtMs(f.p95)}; all views p95 = ${results.switches.floorRatio.value.toFixed(2)}× the floor's`);
}
console.log(`chromium ${chromium}, ${loads} loads, ${results.durationSeconds} s in the browser, load average ${results.host.loadavgAtStart[0]} → ${results.host.loadavgAtEnd[0]} on ${results.host.cpus} CPUs`);
if (Math.max(results.host.loadavgAtStart[0], results.host.loadavgAtEnd[0]) > results.host.cpus * 0.75) {
  console.log('note: the machine was busy with other work during the run; times are likely inflated');
}

const out = path.join(here, 'results.json');
fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${path.relative(root, out)}`);
