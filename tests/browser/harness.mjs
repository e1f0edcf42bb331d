// Shared pieces of the browser tests: a static server for dist/, Chromium, and a tiny test runner.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.ico': 'image/x-icon',
};

/** Serves `root` on 127.0.0.1 (a free port), optionally under a sub-path prefix. */
export async function serve(root, prefix = '/') {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404); res.end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end('not found'); return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Every view's key, in the order of the tabs: `View::ALL` and `View::key` in src/app/state.rs (the native
 * test tests/view_keys.rs checks that this list matches them). A test that leaves views out filters this.
 */
export const VIEW_KEYS = ['compare', 'composition', 'timeline', 'profile', 'coverage', 'explorer', 'sources', 'present', 'about'];

/** The view on screen: views stay on the page, hidden, once shown. */
export const VIEW = 'main > .view-slot:not([hidden])';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens a fresh context and page that record console errors, page errors and every request.
 * Returns { page, context, errors, requests }.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('.tab[aria-current=page]', { state: 'attached' });
  // Views with a chart are ready once it is painted (the explorer and the reader have none).
  if (await page.locator('canvas#chart').count()) await waitForPaints(page, 1);
  return { page, context, errors, requests };
}

/**
 * Waits for the page to be done with what it was doing: the view on screen rendered whole (`<main>` not
 * busy), then two frames (what the app put off to the next frame has run and been painted). A wait on
 * the page's state, never a fixed sleep.
 */
export async function settle(page) {
  await page.waitForFunction(() => !document.querySelector('main[aria-busy]'), null, { timeout: 10000 });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0)))));
}

/** Waits until the chart canvas has been painted at least `n` times. */
export async function waitForPaints(page, n) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('canvas#chart')?.dataset.paints ?? 0) >= n, n, { timeout: 20000 });
  return paints(page);
}

export function paints(page) {
  return page.evaluate(() => Number(document.querySelector('canvas#chart')?.dataset.paints ?? 0));
}

/**
 * The regions' chart colours as the page has them (the app writes them from the theme's palette, where
 * they are defined once): `{ shangdang: [r, g, b], … }`, by the legend's order of regions.
 */
export function regionColours(page) {
  return page.evaluate(() => {
    const css = getComputedStyle(document.documentElement);
    const keys = ['shangdang', 'yanhu', 'wanrong', 'changzhi', 'weizi'];
    return Object.fromEntries(keys.map((k, i) => {
      const hex = css.getPropertyValue(`--r${i}`).trim().replace('#', '');
      return [k, [0, 2, 4].map((j) => parseInt(hex.slice(j, j + 2), 16))];
    }));
  });
}

/** Reads the canvas back: size, non-white pixel count, pixels of each given colour, and a hash. */
export function readCanvas(page, colours = {}) {
  return page.evaluate((colours) => {
    const c = document.querySelector('canvas#chart');
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const counts = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
    let ink = 0; let hash = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r < 245 || g < 245 || b < 245) ink++;
      for (const [k, [cr, cg, cb]] of Object.entries(colours)) {
        if (Math.abs(r - cr) < 6 && Math.abs(g - cg) < 6 && Math.abs(b - cb) < 6) counts[k]++;
      }
      hash = (hash * 31 + r * 7 + g * 3 + b) >>> 0;
    }
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight, ink, counts, hash };
  }, colours);
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Runs named async tests in order and prints the closing line CI reads. */
export async function run(tests) {
  let passed = 0; let failed = 0;
  for (const [name, fn] of tests) {
    const started = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}\n     ${String(e?.stack ?? e).split('\n').join('\n     ')}`);
    }
  }
  console.log(`browser: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

/** The CSS-pixel centre of the tallest run of a colour in the canvas: a bar of that region. */
export async function barCentre(page, [r, g, b]) {
  const p = await page.evaluate(([r, g, b]) => {
    const c = document.querySelector('canvas#chart');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const cols = [];
    for (let x = 0; x < c.width; x++) {
      let n = 0; let top = -1; let bottom = -1;
      for (let y = 0; y < c.height; y++) {
        const i = (y * c.width + x) * 4;
        if (Math.abs(d[i] - r) < 4 && Math.abs(d[i + 1] - g) < 4 && Math.abs(d[i + 2] - b) < 4) { n++; if (top < 0) top = y; bottom = y; }
      }
      cols.push({ x, n, top, bottom });
    }
    // The first bar: the first run of columns within 90% of the tallest.
    const max = Math.max(...cols.map((c) => c.n));
    const first = cols.findIndex((c) => c.n >= 0.9 * max);
    let last = first;
    while (last + 1 < cols.length && cols[last + 1].n >= 0.9 * max) last++;
    const mid = cols[Math.floor((first + last) / 2)];
    const k = c.width / c.clientWidth;
    return { x: mid.x / k, y: (mid.top + mid.bottom) / 2 / k, n: max };
  }, [r, g, b]);
  assert(p.n > 20, `no bar of colour ${r},${g},${b}`);
  const box = await page.locator('canvas#chart').boundingBox();
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Every canvas's backing store on the page (width × height × 4 bytes each), summed: what the memory budget counts. */
export function canvasBytes(page) {
  return page.evaluate(() => [...document.querySelectorAll('canvas')].reduce((a, c) => a + c.width * c.height * 4, 0));
}
