// Everyday friction and the failures nobody sees (#19): the page without WebAssembly or JavaScript, canvas memory
// after a walk of every view, the reader's first screen, the phone layout, the data table, print and slides.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openPage, settle, assert, readCanvas, waitForPaints, regionColours, barCentre, canvasBytes, VIEW, VIEW_KEYS } from './harness.mjs';

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

const VIEWS = VIEW_KEYS.filter((v) => v !== 'about');
const MB = 1024 * 1024;

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
    ['the reader opens with its header, the quote and the way back in view; the page stays put; no stray tooltip', async () => {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        const { page, context, errors } = await openPage(browser, server.url, { viewport });
        await page.locator('canvas#chart').evaluate((c) => c.scrollIntoView({ block: 'center' }));
        const before = await page.evaluate(() => scrollY);
        const bar = await barCentre(page, (await regionColours(page)).shangdang);
        await page.mouse.click(bar.x, bar.y);
        await page.locator('#quote-hit').waitFor();
        await settle(page);
        const seen = await page.evaluate(() => {
          const inView = (s) => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.height > 0; };
          return { head: inView('.reader h2'), close: inView('.reader .close'), quote: inView('#quote-hit'), y: scrollY, tip: !!document.querySelector('#chart-tooltip') };
        });
        assert(seen.head && seen.close && seen.quote, `${viewport.width}: header, × and quote in view: ${JSON.stringify(seen)}`);
        assert(Math.abs(seen.y - before) < 2, `${viewport.width}: the page scrolled ${before} → ${seen.y}`);
        assert(!seen.tip, `${viewport.width}: a tooltip appeared after the click`);
        // The browser's own mousemove after the layout changed, at the same place: still no tooltip.
        await page.mouse.move(bar.x, bar.y);
        await settle(page);
        assert(await page.locator('#chart-tooltip').count() === 0, `${viewport.width}: a tooltip at the click's place`);
        await page.screenshot({ path: path.join(here, 'out', `reader-${viewport.width}.png`) });
        await page.keyboard.press('Escape');
        assert(errors.length === 0, errors.join(' | '));
        await context.close();
      }
    }],
    ['a click on a chart focuses it without a tooltip; Tab still walks the marks', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=present&slide=1`, { viewport: { width: 1280, height: 720 } });
      const box = await page.locator('canvas#chart').boundingBox();
      await page.mouse.click(box.x + box.width - 5, box.y + 5);
      await settle(page);
      assert(await page.locator('#chart-tooltip').count() === 0, 'no tooltip after a click on the slide');
      await page.keyboard.press('Escape');
      const p2 = await openPage(browser, server.url);
      await p2.page.locator('canvas#chart').focus();
      await p2.page.locator('#chart-tooltip').waitFor();
      await p2.context.close();
      await context.close();
    }],
    ['on a phone the chart is on the first screen, downloads are one menu, nothing widens the page', async () => {
      const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
      for (const view of ['compare', 'timeline', 'profile', 'coverage']) {
        const { page, context, errors } = await openPage(browser, `${server.url}#view=${view}`, phone);
        await settle(page);
        const m = await page.evaluate(() => {
          const c = document.querySelector('canvas#chart').getBoundingClientRect();
          const foot = document.querySelector('.foot, footer').getBoundingClientRect();
          return { top: c.top, width: document.documentElement.scrollWidth, tail: document.documentElement.scrollHeight - (foot.bottom + scrollY) };
        });
        assert(m.top < 844 * 0.7, `${view}: the chart starts at ${Math.round(m.top)} px`);
        assert(m.width <= 390, `${view}: the page is ${m.width} px wide`);
        assert(m.tail < 2, `${view}: ${Math.round(m.tail)} px of blank scroll under the footer`);
        const buttons = page.locator(`${VIEW} [data-download]`);
        assert(!(await buttons.first().isVisible()), `${view}: downloads folded`);
        await page.click(`${VIEW} .downloads-toggle`);
        assert(await buttons.first().isVisible(), `${view}: the menu opens`);
        assert((await page.locator(`${VIEW} .downloads-toggle`).getAttribute('aria-expanded')) === 'true', 'aria-expanded');
        if (view === 'compare') await page.screenshot({ path: path.join(here, 'out', 'phone-compare.png') });
        assert(errors.length === 0, errors.join(' | '));
        await context.close();
      }
      // On a wide screen every button is in the row, no menu button.
      const { page, context } = await openPage(browser, server.url);
      assert(await page.locator(`${VIEW} [data-download=svg]`).isVisible() && !(await page.locator(`${VIEW} .downloads-toggle`).isVisible()), 'wide: a row');
      await context.close();
    }],
    ['the data table: sticky header, search ranked by names, value sorted within units (said), quote in a row', async () => {
      const { page, context, errors } = await openPage(browser, `${server.url}#view=explorer&q=粮食`);
      await settle(page);
      const first = await page.locator('.facts-table tbody tr').first().innerText();
      assert(first.includes('粮食'), `first row names 粮食: ${first}`);
      const note = await page.locator('.order-note').innerText();
      assert(note.includes('名称含搜索词的排在前面'), note);
      await page.fill('#explorer-search', '');
      await page.click('[data-sort=value]');
      await settle(page);
      assert((await page.locator('.order-note').innerText()).includes('先按单位'), 'the value sort says how');
      await page.evaluate(() => scrollTo(0, 1500));
      await settle(page);
      const th = await page.evaluate(() => document.querySelector('.facts-table th').getBoundingClientRect().top);
      assert(th >= -1 && th < 5, `the header stays on screen (top ${th})`);
      await page.evaluate(() => scrollTo(0, 0));
      const row = page.locator('.facts-table tbody tr[data-fact]').first();
      const id = await row.getAttribute('data-fact');
      await row.locator('.quote-toggle').click();
      const quote = page.locator(`.quote-row[data-quote-of="${id}"]`);
      await quote.waitFor();
      assert((await quote.innerText()).length > 4, 'the quote shows under its row');
      await row.locator('.quote-toggle').click();
      await quote.waitFor({ state: 'detached' });
      assert(errors.length === 0, errors.join(' | '));
      await context.close();
    }],
    ['copy link in the offline file says it is a local file, or copies the hosted page when the build named one', async () => {
      const file = path.join(root, 'dist/qianwan-offline.html');
      const withHosted = path.join(here, 'out', 'offline-with-hosted.html');
      fs.writeFileSync(withHosted, fs.readFileSync(file, 'utf8').replace('</head>', '<meta name="qianwan-hosted" content="https://example.org/qianwan/">\n</head>'));
      for (const [url, hosted] of [[offline, false], [pathToFileURL(withHosted).href, true]]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        const page = await context.newPage();
        await page.goto(`${url}#view=timeline&region=wanrong`);
        await page.waitForSelector('canvas#chart[data-paints]');
        await page.click(`${VIEW} [data-action=copy-link]`);
        await page.waitForFunction(() => document.querySelector('main .view-slot:not([hidden]) .status')?.innerText.length > 0);
        const status = await page.locator(`${VIEW} .status`).innerText();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        if (hosted) {
          assert(copied === 'https://example.org/qianwan/#view=timeline&region=wanrong&lang=zh', copied);
          assert(status.includes('在线版'), status);
        } else {
          assert(copied.startsWith('file:'), copied);
          assert(status.includes('file://') && status.includes('这台电脑'), status);
        }
        await context.close();
      }
    }],
    ['print: a tall chart over several A4 landscape pages at a legible size; the profile prints its cards', async () => {
      for (const [hash, least] of [['view=timeline&region=shangdang', 2], ['view=profile&region=shangdang', 4], ['view=compare', 1]]) {
        const { page, context } = await openPage(browser, `${server.url}#${hash}`);
        await settle(page);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const file = path.join(here, 'out', `print-${hash.split('&')[0].slice(5)}.pdf`);
        fs.writeFileSync(file, pdf);
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        assert(pages >= least, `${hash}: ${pages} pages`);
        // The pictures are removed after printing; the screen is as it was.
        assert(await page.locator('.print-pages img').count() === 0, 'print pictures removed');
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        const shown = await page.evaluate(() => [...document.querySelectorAll('main .view-slot:not([hidden]) .print-pages img')].map((i) => [i.naturalWidth, i.naturalHeight]));
        assert(shown.length >= Math.min(least, 2) && shown.every(([w, h]) => w >= 2000 && h <= 1400 + 1), `${hash}: page pictures ${JSON.stringify(shown)}`);
        if (hash.includes('profile')) {
          assert(await page.locator(`${VIEW} .tile-group`).first().isVisible(), 'the figure cards print');
        }
        await page.evaluate(() => dispatchEvent(new Event('afterprint')));
        await context.close();
      }
    }],
    ['slides fit the screen exactly, and the skip link leaves no sliver, in every theme', async () => {
      for (const theme of ['light', 'projector-light', 'projector-dark']) {
        for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
          const { page, context } = await openPage(browser, server.url, { viewport });
          await page.selectOption('.top .theme-select', theme);
          await page.evaluate(() => { location.hash = 'view=present&slide=2'; });
          await settle(page);
          const m = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth, skip: document.querySelector('.skip').getBoundingClientRect().bottom }));
          assert(m.h <= viewport.height && m.w <= viewport.width, `${theme} ${viewport.width}: ${m.w}×${m.h}`);
          assert(m.skip <= 0, `${theme}: the skip link shows ${m.skip} px`);
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(() => document.activeElement?.className === 'skip' ? document.querySelector('.skip').getBoundingClientRect().top : null);
          assert(focused === null || focused >= 0, 'focused, the skip link shows');
          await context.close();
        }
      }
    }],
    ['the app running hides the message', async () => {
      const { page, context, errors } = await openPage(browser, server.url);
      assert(await page.locator('#no-app').isHidden(), 'no message where the app runs');
      assert(errors.length === 0, errors.join(' | '));
      await context.close();
    }],
  ];
}
