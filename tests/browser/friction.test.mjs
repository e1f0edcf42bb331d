// Everyday friction and the failures nobody sees (#19): the page without WebAssembly or JavaScript, canvas memory
// after a walk of every view, the reader's first screen, the phone layout, the data table, print and slides.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openPage, settle, assert, readCanvas, waitForPaints, VIEW } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const offline = pathToFileURL(path.join(root, 'dist/qianwan-offline.html')).href;

/** Opens `url` in a fresh context where `init` ran before any page script; records console errors. */
async function openRaw(browser, url, init, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, context, errors };
}

const VIEWS = ['compare', 'composition', 'timeline', 'profile', 'coverage', 'explorer', 'sources', 'present'];
const MB = 1024 * 1024;
/** Every canvas's backing store (width × height × 4), summed over the page. */
const canvasBytes = (page) => page.evaluate(() => [...document.querySelectorAll('canvas')].reduce((a, c) => a + c.width * c.height * 4, 0));

export default function tests({ browser, server }) {
  return [
    ['after a walk of every view and slide at 1920×1080, pixel ratio 2, the canvases hold ≤ 40 MB; a view comes back painted', async () => {
      const { page, context, errors } = await openPage(browser, server.url, { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 2 });
      let peak = 0;
      for (const view of VIEWS) {
        await page.click(`[data-view=${view}]`);
        await settle(page);
        peak = Math.max(peak, await canvasBytes(page));
      }
      for (let s = 2; s <= 9; s++) { await page.keyboard.press('ArrowRight'); await settle(page); }
      const after = await canvasBytes(page);
      console.log(`     canvas backing store after the walk ${(after / MB).toFixed(1)} MB (peak during it ${(peak / MB).toFixed(1)} MB)`);
      assert(after <= 40 * MB, `canvases hold ${(after / MB).toFixed(1)} MB after the walk`);
      assert(await page.locator('canvas[data-released]').count() >= 3, 'the oldest hidden canvases were released');
      // Back to the first view: painted again, whole, at the screen's ratio.
      const before = Number(await page.locator('.view-slot canvas').first().getAttribute('data-paints'));
      await page.evaluate(() => { location.hash = 'view=compare'; });
      await settle(page);
      await waitForPaints(page, before + 1);
      const c = await readCanvas(page);
      assert(c.width === Math.round(c.cssWidth * 2) && c.ink > 30000, `compare repainted on return: ${JSON.stringify(c)}`);
      assert(await page.locator('canvas#chart[data-released]').count() === 0, 'the canvas on screen is not marked released');
      assert(errors.length === 0, errors.join(' | '));
      await context.close();
    }],
    ['without WebAssembly, the hosted page and the offline file say why and what to do, and list the articles', async () => {
      const articles = JSON.parse(fs.readFileSync(path.join(root, 'assets/articles.json'), 'utf8')).articles;
      for (const url of [server.url, offline]) {
        const { page, context, errors } = await openRaw(browser, url, () => { delete window.WebAssembly; });
        await page.waitForSelector('#no-app:not([hidden])', { timeout: 10000 });
        const text = await page.locator('#no-app').innerText();
        for (const want of ['WebAssembly', '极速模式', 'Chrome', 'speed mode']) assert(text.includes(want), `${url}: the message says ${want}`);
        for (const a of articles) assert(text.includes(a.title), `${url}: the article list names ${a.title}`);
        assert(await page.locator('.tab').count() === 0, `${url}: no half-started app`);
        assert(errors.length === 0, `${url}: no console error: ${errors.join(' | ')}`);
        await page.screenshot({ path: path.join(here, 'out', `no-wasm-${url.startsWith('file') ? 'offline' : 'hosted'}.png`) });
        await context.close();
      }
    }],
    ['the offline file needs no DecompressionStream, and the hosted page none either', async () => {
      for (const url of [server.url, offline]) {
        const { page, context, errors } = await openRaw(browser, url, () => { delete window.DecompressionStream; });
        await page.waitForSelector('canvas#chart[data-paints]', { timeout: 20000 });
        assert(await page.locator('#no-app').isHidden(), `${url}: the app runs, no message`);
        assert(errors.length === 0, `${url}: no console error: ${errors.join(' | ')}`);
        await context.close();
      }
    }],
    ['a load that fails (a damaged wasm) shows the message with the reason, not a blank page', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.route(/\.wasm\.lzma$/, (r) => r.fulfill({ status: 200, body: Buffer.from('not lzma at all') }));
      await page.goto(server.url);
      await page.waitForSelector('#no-app:not([hidden])', { timeout: 10000 });
      const why = await page.locator('#no-app-why').innerText();
      assert(why.length > 0, 'the reason is shown');
      await context.close();
    }],
    ['with JavaScript off, the page says so in both languages', async () => {
      for (const url of [server.url, offline]) {
        const { page, context } = await openRaw(browser, url, null, { javaScriptEnabled: false });
        const text = await page.locator('body').innerText();
        assert(text.includes('JavaScript') && text.includes('启用') && text.includes('turn JavaScript on'), `${url}: noscript message: ${text.slice(0, 200)}`);
        await context.close();
      }
    }],
    ['a timeline link to 盐湖区 says it has none and the address names the region shown; a bad link typed twice is rewritten twice', async () => {
      const { page, context, errors } = await openPage(browser, `${server.url}#view=timeline&region=yanhu`);
      await settle(page);
      const notice = await page.locator('[data-testid=notice]').innerText();
      assert(notice.includes('盐湖区没有跨多个时期的数字') && notice.includes('上党区'), notice);
      const hash = await page.evaluate(() => location.hash);
      assert(hash.includes('region=shangdang') && !hash.includes('yanhu'), hash);
      assert((await page.locator('#timeline-region').inputValue()) === 'shangdang', 'the selector shows what the chart shows');
      await page.screenshot({ path: path.join(here, 'out', 'link-repair.png') });
      for (let i = 0; i < 2; i++) {
        await page.evaluate(() => { location.hash = 'view=compare&group=nope'; });
        await page.waitForFunction(() => !location.hash.includes('nope'));
        const n = await page.locator('[data-testid=notice]').innerText();
        assert(n.includes('group=nope'), `typed ${i + 1}: ${n}`);
      }
      assert(errors.length === 0, errors.join(' | '));
      await context.close();
    }],
    ['the app running hides the message', async () => {
      const { page, context, errors } = await openPage(browser, server.url);
      assert(await page.locator('#no-app').isHidden(), 'no message where the app runs');
      assert(errors.length === 0, errors.join(' | '));
      await context.close();
    }],
  ];
}
