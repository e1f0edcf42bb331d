// Browser tests of the views, tooltips, click-through to sources, legend and keyboard.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitForPaints, paints, readCanvas, regionColours, assert, VIEW, VIEW_KEYS, settle, barCentre } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.join(here, 'out');
fs.mkdirSync(out, { recursive: true });
const facts = JSON.parse(fs.readFileSync(path.join(root, 'assets/facts.json'), 'utf8')).facts;
const VIEWS = VIEW_KEYS.filter((v) => !['explorer', 'sources', 'present', 'about'].includes(v));


async function showView(page, view) {
  await page.click(`[data-view=${view}]`);
  await page.waitForFunction((v) => document.querySelector(`[data-view=${v}]`)?.getAttribute('aria-current') === 'page', view);
  await waitForPaints(page, 1);
}


export default function tests({ browser, server }) {
  return [
  ['every view renders and paints with no console error, at 1024×768 and 1920×1080', async () => {
    for (const [w, h] of [[1024, 768], [1920, 1080]]) {
      const { page, context, errors } = await openPage(browser, server.url, { viewport: { width: w, height: h } });
      for (const view of VIEWS) {
        await showView(page, view);
        const s = await readCanvas(page);
        assert(s.ink > 15000, `${view} at ${w}: blank canvas (${s.ink})`);
        await page.screenshot({ path: path.join(out, `${view}-${w}x${h}.png`), fullPage: true });
      }
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }
  }],

  ['a view switch paints once (memoised figure, no second paint)', async () => {
    const { page, context } = await openPage(browser, server.url);
    for (const view of ['timeline', 'profile', 'compare', 'composition']) {
      await showView(page, view);
      await settle(page);
      assert(await paints(page) === 1, `${view}: painted ${await paints(page)} times`);
    }
    await context.close();
  }],

  ['a region change in the profile repaints the same canvas (the tile groups change in number)', async () => {
    const { page, context } = await openPage(browser, `${server.url}#view=profile`);
    await waitForPaints(page, 1);
    await page.evaluate(() => { document.querySelector('canvas#chart').dataset.original = 'yes'; });
    const regions = await page.locator('#profile-region option').evaluateAll((os) => os.map((o) => o.value));
    const groups = new Set();
    for (const [i, region] of [...regions.slice(1), regions[0]].entries()) {
      await page.selectOption('#profile-region', region);
      await waitForPaints(page, i + 2);
      groups.add(await page.locator('.tile-group').count());
      assert(await page.locator('canvas#chart').getAttribute('data-original') === 'yes', `${region}: a new canvas`);
    }
    assert(groups.size > 1, `the regions have different numbers of tile groups: ${[...groups]}`);
    await context.close();
  }],

  ['a direct load moves nothing: each chart is painted, at its height, in the page\'s first frame, and the explorer\'s columns do not move as its rows arrive', async () => {
    // Yew paints a frame before it runs effects on load; a chart sized in an effect grew under the text
    // below it a frame later (layout shift 0.01-0.06 in composition, timeline and profile; 0.03 in the
    // explorer, whose columns widened as the rest of its rows arrived).
    for (const view of VIEW_KEYS.filter((v) => v !== 'about')) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            window.__shifts.push({ value: e.value, moved: e.sources.map((s) => s.node?.className ?? s.node?.nodeName) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(`${server.url}#view=${view}${view === 'present' ? '&slide=1' : ''}`);
      if (!['explorer', 'sources'].includes(view)) await waitForPaints(page, 1);
      await page.waitForSelector('main:not([aria-busy])');
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 100))));
      const shifts = await page.evaluate(() => window.__shifts);
      assert(shifts.length === 0, `${view}: layout shifts ${JSON.stringify(shifts)}`);
      await context.close();
    }
  }],

  ['the explorer\'s columns stay put while a search or a filter changes the rows, in both languages', async () => {
    for (const [lang, searches] of [['zh', ['粮食', '投入', '亿']], ['en', ['grain', 'village', 'yuan']]]) {
      const { page, context } = await openPage(browser, `${server.url}#view=explorer&lang=${lang}`);
      await page.waitForSelector('main:not([aria-busy])');
      const columns = () => page.evaluate(() => [...document.querySelectorAll('.facts-table thead th')]
        .map((th) => Math.round(th.getBoundingClientRect().x)).join(' '));
      const all = await columns();
      const moved = [];
      const check = async (what) => {
        await page.waitForSelector('main:not([aria-busy])');
        const now = await columns();
        if (now !== all) moved.push(`${what}: ${now}`);
      };
      for (const q of searches) {
        await page.fill('#explorer-search', q);
        await check(q);
      }
      await page.fill('#explorer-search', '');
      await page.selectOption('#filter-region', 'wanrong');
      await check('wanrong');
      assert(moved.length === 0, `${lang}: columns at ${all} with every row moved to ${moved.join('; ')}`);
      await context.close();
    }
  }],

  ['a switch shows the first screen in its first frame and the rest one task later; <main> is aria-busy until then', async () => {
    const { page, context, errors } = await openPage(browser, server.url);
    await waitForPaints(page, 1);
    await page.waitForSelector('main:not([aria-busy])');
    for (const [view, selector] of [['explorer', '.facts-table tbody tr'], ['profile', '.tile-group']]) {
      // A frame callback registered before the click runs in the switch's first frame, ahead of the app's.
      const first = await page.evaluate(({ view, selector }) => new Promise((ok) => {
        requestAnimationFrame(() => {
          const found = document.querySelectorAll(selector);
          // The first screen's elements, marked, so the rest can be seen to follow them, not replace them.
          for (const el of found) el.firstScreen = true;
          ok({ n: found.length, busy: document.querySelector('main').getAttribute('aria-busy') });
        });
        document.querySelector(`[data-view="${view}"]`).click();
      }), { view, selector });
      await page.waitForSelector('main:not([aria-busy])');
      const last = await page.locator(selector).count();
      assert(first.busy === 'true', `${view}: <main> not busy in the first frame (${first.busy})`);
      assert(view === 'explorer' ? first.n === 30 && last === facts.length : first.n === 0 && last > 1,
        `${view}: ${first.n} in the first frame, ${last} once complete`);
      // The first screen's rows stay the same elements, in the same place: only the rest is added
      // (unkeyed, Yew matched them with the last 30 rows and rewrote every one).
      const kept = await page.evaluate((selector) => [...document.querySelectorAll(selector)]
        .map((el, i) => (el.firstScreen ? i : -1)).filter((i) => i >= 0), selector);
      assert(kept.length === first.n && kept.every((i, k) => i === k),
        `${view}: first-screen elements now at ${kept.slice(0, 5).join(',')}… (${kept.length} of ${first.n})`);
    }
    assert(errors.length === 0, errors.join('\n'));
    await context.close();
  }],

  ['a view stays on the page once shown: a return rebuilds and repaints nothing, ids stay unique, a hidden view is unreachable, and what changed meanwhile shows on return', async () => {
    const { page, context, errors } = await openPage(browser, server.url);
    await waitForPaints(page, 1);
    await page.evaluate(() => { document.querySelector('canvas#chart').dataset.original = 'compare'; });
    const dupes = () => page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    for (const view of [...VIEW_KEYS.slice(1), VIEW_KEYS[0]].filter((v) => v !== 'about')) {
      await page.click(`[data-view=${view}]`);
      await page.waitForSelector('main:not([aria-busy])');
      assert((await dupes()).length === 0, `${view}: duplicate ids ${await dupes()}`);
      assert(await page.locator(VIEW).count() === 1, `${view}: one view on screen`);
      if (view === 'present') await page.keyboard.press('Escape'); // back to the tabs
      if (view === 'explorer') {
        await page.evaluate(() => { for (const tr of document.querySelectorAll('.facts-table tbody tr')) tr.dataset.original = 'yes'; });
      }
    }
    const back = await page.evaluate(() => {
      const c = document.querySelector('canvas#chart');
      const row = document.querySelector('.facts-table tbody tr');
      const hiddenButton = row.querySelector('button');
      hiddenButton.focus();
      return {
        original: c.dataset.original, paints: c.dataset.paints, slots: document.querySelectorAll('main > .view-slot').length,
        hidden: document.querySelectorAll('main > .view-slot[hidden]').length,
        rowShown: row.checkVisibility(), hiddenFocused: document.activeElement === hiddenButton,
      };
    });
    assert(back.original === 'compare' && back.paints === '1', `compare came back with a new or repainted canvas: ${JSON.stringify(back)}`);
    assert(back.slots === 8 && back.hidden === 7, `8 views kept, 7 hidden: ${JSON.stringify(back)}`);
    assert(!back.rowShown && !back.hiddenFocused, `a hidden view is not shown and takes no focus: ${JSON.stringify(back)}`);
    // Nothing in a hidden view changes while another view changes.
    const hiddenMutations = await page.evaluate(() => new Promise((ok) => {
      let n = 0;
      const mo = new MutationObserver((records) => { n += records.length; });
      for (const slot of document.querySelectorAll('main > .view-slot[hidden]')) {
        mo.observe(slot, { subtree: true, childList: true, attributes: true, characterData: true });
      }
      const select = document.querySelector('#group-select');
      select.value = select.options[1].value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      requestAnimationFrame(() => setTimeout(() => { mo.disconnect(); ok(n); }, 200));
    }));
    assert(hiddenMutations === 0, `a group change touched hidden views ${hiddenMutations} times`);
    // The explorer's rows are the same elements, all of them, on a return, after first visits elsewhere
    // (which render their first screen only) and a group change.
    await page.click('[data-view=explorer]');
    await page.waitForSelector('main:not([aria-busy])');
    const rows = await page.locator(`${VIEW} .facts-table tbody tr`).evaluateAll((rs) => rs.map((r) => r.dataset.original));
    assert(rows.length === facts.length && rows.every((o) => o === 'yes'), `the same ${facts.length} rows on a return: ${rows.length}, ${rows.filter((o) => o !== 'yes').length} new`);
    // A change made elsewhere shows when a view returns: the language, and the window's size.
    await page.click('[data-lang=en]');
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.click('[data-view=compare]');
    await page.waitForFunction(() => {
      const c = document.querySelector('canvas#chart');
      return c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio) && c.dataset.paints !== '1';
    });
    const label = await page.locator('canvas#chart').getAttribute('aria-label');
    assert(label.includes("Shangdang District"), `compare in English on its return: ${label}`);
    assert(await page.locator('canvas#chart').getAttribute('data-original') === 'compare', 'still the same canvas');
    // The 原文 view and the article panel on the same article: their number tips are named apart.
    const fact = facts[0];
    await page.goto(`${server.url}#view=sources&article=${fact.seed}&src=${fact.id}`);
    await page.locator('aside.reader .reader-text').waitFor();
    assert(await page.locator(`${VIEW} .reader-text .num`).count() > 0, 'the 原文 view shows the article');
    assert((await dupes()).length === 0, `the panel and the 原文 view: duplicate ids ${await dupes()}`);
    assert(errors.length === 0, errors.join('\n'));
    await context.close();
  }],

  ['with the article open at 1024×768 the view keeps its own column, in both languages (long English option names)', async () => {
    for (const lang of ['zh', 'en']) {
      for (const view of ['compare', 'timeline', 'profile', 'explorer']) {
        const { page, context, errors } = await openPage(browser, `${server.url}#view=${view}&src=sd-2025-grain-output&lang=${lang}`,
          { viewport: { width: 1024, height: 768 } });
        await page.locator('#quote-hit').waitFor();
        const overlap = await page.evaluate(() => {
          const main = document.querySelector('main').getBoundingClientRect();
          const reader = document.querySelector('.reader').getBoundingClientRect();
          const wide = [...document.querySelectorAll('main .toolbar, main .chart-box, main select, main .table-wrap, main .controls')]
            .filter((e) => e.getBoundingClientRect().right > main.right + 0.5)
            .map((e) => `${e.tagName.toLowerCase()}.${e.className} ends at ${Math.round(e.getBoundingClientRect().right)}`);
          return { mainRight: main.right, readerLeft: reader.left, wide };
        });
        assert(overlap.mainRight <= overlap.readerLeft + 0.5, `${lang} ${view}: the view runs under the article (${Math.round(overlap.mainRight)} > ${Math.round(overlap.readerLeft)})`);
        assert(overlap.wide.length === 0, `${lang} ${view}: ${overlap.wide.join(', ')}`);
        assert(errors.length === 0, errors.join('\n'));
        await context.close();
      }
    }
  }],

  ['hovering a bar shows its tooltip and keeps the canvas painted', async () => {
    const { page, context, errors } = await openPage(browser, server.url);
    const before = await readCanvas(page);
    const bar = await barCentre(page, (await regionColours(page)).shangdang);
    await page.mouse.move(bar.x, bar.y);
    const tip = page.locator('#chart-tooltip');
    await tip.waitFor();
    const text = await tip.innerText();
    assert(text.includes('上党区') && text.includes('1.76亿斤') && text.includes('8.8万吨') && text.includes('粮食总产量稳定在1.76亿斤'), text);
    assert(text.includes('2025年') && text.includes('实绩'), text);
    const after = await readCanvas(page);
    assert(after.hash === before.hash && after.width === before.width, 'hover replaced or repainted the canvas');
    await page.screenshot({ path: path.join(out, 'tooltip.png') });
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'detached' });
    assert(errors.length === 0, errors.join('\n'));
    await context.close();
  }],

  ['clicking a bar opens its article with the quote highlighted and in view', async () => {
    const { page, context, errors } = await openPage(browser, server.url);
    const bar = await barCentre(page, (await regionColours(page)).shangdang);
    await page.mouse.click(bar.x, bar.y);
    const hit = page.locator('#quote-hit');
    await hit.waitFor();
    assert(await hit.innerText() === '粮食总产量稳定在1.76亿斤', await hit.innerText());
    const reader = await page.locator('.reader').innerText();
    assert(reader.includes('沃野田畴绘新景') && reader.includes('001_ede350831f835c6c.txt'), 'article title and file shown');
    const inView = await hit.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    assert(inView, 'quote scrolled into view');
    await page.screenshot({ path: path.join(out, 'reader.png') });
    await page.keyboard.press('Escape');
    await page.locator('.reader button.close').click();
    await hit.waitFor({ state: 'detached' });
    assert(errors.length === 0, errors.join('\n'));
    await context.close();
  }],

  ['the keyboard walks the marks, shows tooltips and opens sources', async () => {
    const { page, context } = await openPage(browser, server.url);
    await page.locator('canvas#chart').focus();
    const tip = page.locator('#chart-tooltip');
    await tip.waitFor();
    assert((await tip.innerText()).includes('1.76亿斤'), 'focus starts on the first mark');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('#chart-tooltip')?.innerText.includes('1.7亿斤'));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('#chart-tooltip')?.innerText.includes('未报道'));
    assert(await page.locator('.focus-ring').count() === 1, 'a visible focus ring');
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('#chart-tooltip')?.innerText.includes('20万吨以上'));
    await page.keyboard.press('Enter');
    await page.locator('#quote-hit').waitFor();
    assert((await page.locator('#quote-hit').innerText()).includes('年产量20万吨以上'), 'Enter opened 万荣 grain output');
    await context.close();
  }],

  ['the legend hides and shows a region, and normalised values switch the labels', async () => {
    const { page, context } = await openPage(browser, server.url);
    const label = () => page.locator('canvas#chart').getAttribute('aria-label');
    assert((await label()).includes('万荣县'), 'shown at first');
    const n = await paints(page);
    await page.click('.legend [data-region=wanrong]');
    await waitForPaints(page, n + 1);
    assert(!(await label()).includes('万荣县'), 'hidden after toggle');
    assert(await page.locator('.legend [data-region=wanrong]').getAttribute('aria-pressed') === 'false', 'aria-pressed');
    await page.click('.legend [data-region=wanrong]');
    await waitForPaints(page, n + 2);
    assert((await label()).includes('万荣县'), 'shown again');
    await page.check('#normalised');
    await waitForPaints(page, n + 3);
    assert((await label()).includes('8.8万吨'), await label());
    const conv = await page.locator('div.conversions').innerText();
    assert(conv.includes('1.76亿斤 → 8.8万吨'), conv);
    await context.close();
  }],

  ['the coverage matrix counts equal the dataset, and a cell lists its figures', async () => {
    const { page, context } = await openPage(browser, server.url);
    await showView(page, 'coverage');
    const cells = await page.locator('[data-cell]').evaluateAll((bs) => bs.map((b) => [b.dataset.cell, Number(b.innerText)]));
    const expected = {};
    for (const f of facts) expected[`${f.region}:${f.category}`] = (expected[`${f.region}:${f.category}`] ?? 0) + 1;
    assert(cells.length === Object.keys(expected).length, `${cells.length} cells vs ${Object.keys(expected).length}`);
    for (const [key, n] of cells) assert(expected[key] === n, `${key}: ${n} vs ${expected[key]}`);
    assert(cells.reduce((a, [, n]) => a + n, 0) === facts.length, 'all facts counted');
    await page.click('[data-cell="yanhu:income"]');
    const rows = await page.locator(`${VIEW} .source-list li`).count();
    assert(rows === expected['yanhu:income'], `${rows} rows listed`);
    // The canvas cell answers a click too.
    await context.close();
  }],

  ['hit-testing is right on a HiDPI screen (devicePixelRatio 2)', async () => {
    const { page, context } = await openPage(browser, server.url, { deviceScaleFactor: 2 });
    const bar = await barCentre(page, (await regionColours(page)).shangdang);
    await page.mouse.move(bar.x, bar.y);
    await page.locator('#chart-tooltip').waitFor();
    assert((await page.locator('#chart-tooltip').innerText()).includes('1.76亿斤'), 'the bar under the pointer');
    await context.close();
  }],

  ['a matrix cell on the canvas lists its figures (keyboard)', async () => {
    const { page, context } = await openPage(browser, server.url);
    await showView(page, 'coverage');
    await page.locator('canvas#chart').focus();
    await page.locator('#chart-tooltip').waitFor();
    await page.keyboard.press('ArrowRight'); // 上党区 · 基础设施
    await page.waitForFunction(() => document.querySelector('#chart-tooltip')?.innerText.includes('基础设施'));
    await page.keyboard.press('Enter');
    const title = await page.locator(`${VIEW} .sources h2`).innerText();
    const expected = facts.filter((f) => f.region === 'shangdang' && f.category === 'infra').length;
    assert(title.includes('上党区') && title.includes('基础设施') && title.includes(`${expected} 条`), title);
    assert(await page.locator(`${VIEW} .source-list li`).count() === expected, 'rows listed');
    await context.close();
  }],

  ['every view redraws on resize', async () => {
    const { page, context } = await openPage(browser, server.url);
    for (const view of VIEWS) {
      await showView(page, view);
      await page.setViewportSize({ width: 1280, height: 800 });
      await settle(page);
      const n = await paints(page);
      const before = await readCanvas(page);
      await page.setViewportSize({ width: 1024, height: 768 });
      await waitForPaints(page, n + 1);
      const after = await readCanvas(page);
      assert(after.width < before.width && after.ink > 15000, `${view}: ${before.width} → ${after.width}`);
    }
    await context.close();
  }],
  ];
}
