// Permalinks, back/forward, bad links, downloads, copy link and the source reader.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitForPaints, readCanvas, assert, VIEW, settle } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.join(here, 'out');
const facts = JSON.parse(fs.readFileSync(path.join(root, 'assets/facts.json'), 'utf8')).facts;

/** What a view shows, read from the page, to compare two loads. */
function snapshot(page) {
  return page.evaluate((v) => ({
    view: document.querySelector('.tab[aria-current=page]')?.dataset.view,
    label: document.querySelector('canvas#chart')?.getAttribute('aria-label') ?? null,
    selects: [...document.querySelectorAll(`${v} select`)].map((s) => `${s.id}=${s.value}`),
    checked: [...document.querySelectorAll(`${v} input[type=checkbox]`)].map((i) => i.checked),
    search: document.querySelector('#explorer-search')?.value ?? null,
    rows: [...document.querySelectorAll(`${v} .facts-table tbody tr`)].map((r) => r.dataset.fact).join(','),
    pressed: [...document.querySelectorAll(`${v} .legend-item`)].map((b) => b.getAttribute('aria-pressed')).join(','),
    listed: document.querySelectorAll(`${v} .source-list li`).length,
    article: document.querySelector(`${v} .article h2`)?.innerText ?? null,
  }), VIEW);
}


/** Puts every view in a non-default state. */
const SETUPS = {
  compare: async (p) => { await p.selectOption('#group-select', 'vc_income_share'); await p.check('#normalised'); await p.click(`${VIEW} .legend [data-region=weizi]`); },
  composition: async (p) => { await p.click(`${VIEW} .legend [data-region=yanhu]`); },
  timeline: async (p) => { await p.selectOption('#timeline-region', 'wanrong'); },
  profile: async (p) => { await p.selectOption('#profile-region', 'yanhu'); },
  coverage: async (p) => { await p.click('[data-cell="changzhi:env"]'); },
  explorer: async (p) => { await p.fill('#explorer-search', '村'); await p.selectOption('#filter-kind', 'actual'); await p.click('[data-sort=value]'); await p.click('[data-sort=value]'); },
  sources: async (p) => { await p.selectOption('#article-select', '004-wanrong'); },
};

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const p = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(p) };
}

export default function tests({ browser, server }) {
  return [
    ['a permalink restores every view exactly', async () => {
      for (const [view, setup] of Object.entries(SETUPS)) {
        const a = await openPage(browser, server.url);
        await a.page.click(`[data-view=${view}]`);
        await settle(a.page);
        await setup(a.page);
        await settle(a.page);
        const link = a.page.url();
        const before = await snapshot(a.page);
        await a.context.close();
        const b = await openPage(browser, link);
        await settle(b.page);
        const after = await snapshot(b.page);
        assert(JSON.stringify(after) === JSON.stringify(before), `${view}: ${link}\n${JSON.stringify(before)}\n${JSON.stringify(after)}`);
        assert(await b.page.locator('[data-testid=notice]').count() === 0, `${view}: notice on a good link`);
        assert(b.errors.length === 0, b.errors.join('\n'));
        await b.context.close();
      }
    }],

    ['back and forward walk through views; typing a search does not fill the history', async () => {
      const { page, context, errors } = await openPage(browser, server.url);
      const view = () => page.evaluate(() => document.querySelector('.tab[aria-current=page]').dataset.view);
      await page.click('[data-view=timeline]');
      await page.click('[data-view=explorer]');
      await page.fill('#explorer-search', '粮');
      await page.type('#explorer-search', '食产量', { delay: 30 });
      await page.click('[data-view=profile]');
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('.tab[aria-current=page]').dataset.view === 'explorer');
      assert(await page.inputValue('#explorer-search') === '粮食产量', 'search restored');
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('.tab[aria-current=page]').dataset.view === 'timeline');
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('.tab[aria-current=page]').dataset.view === 'compare');
      await page.goForward();
      await page.waitForFunction(() => document.querySelector('.tab[aria-current=page]').dataset.view === 'timeline');
      assert(await view() === 'timeline', 'forward');
      await waitForPaints(page, 1);
      assert((await readCanvas(page)).ink > 15000, 'painted after forward');
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['a garbage or unknown link shows the default view and a notice, never an error', async () => {
      for (const hash of ['#view=nope&group=%%%&zzz=1', '#%E4%B8', '#src=no-such-fact&article=x.txt&slide=-1', `#q=${'x'.repeat(5000)}`, '#view=compare&group=toilets']) {
        const { page, context, errors } = await openPage(browser, `${server.url}${hash}`);
        const notice = page.locator('[data-testid=notice]');
        await notice.waitFor();
        assert((await readCanvas(page)).ink > 15000 || hash.includes('q='), `${hash}: a working view`);
        assert(await page.locator('.tab[aria-current=page]').count() === 1, 'a view is shown');
        await page.click('[data-testid=notice] button');
        await notice.waitFor({ state: 'detached' });
        assert(errors.length === 0, `${hash}: ${errors.join('\n')}`);
        await context.close();
      }
    }],

    ['downloads: PNG at 2× and 3×, SVG, CSV and JSON, all checked', async () => {
      const { page, context, errors } = await openPage(browser, server.url);
      const css = await page.locator('canvas#chart').evaluate((c) => [c.clientWidth, c.clientHeight]);
      for (const [sel, scale] of [['[data-download=png2]', 2], ['[data-download=png3]', 3]]) {
        const { name, bytes } = await download(page, sel);
        assert(bytes.subarray(1, 4).toString() === 'PNG', `${name} is a PNG`);
        const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
        assert(Math.abs(w - css[0] * scale) <= 2 && Math.abs(h - css[1] * scale) <= 2, `${name}: ${w}×${h} for ${css} × ${scale}`);
        fs.writeFileSync(path.join(out, name), bytes);
      }
      const svg = await download(page, '[data-download=svg]');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent };
      }, svg.bytes.toString('utf8'));
      assert(!parsed.error && parsed.root === 'svg', 'SVG parses');
      assert(parsed.text.includes('粮食产量') && parsed.text.includes('来源'), 'SVG has title and source line');
      const csv = await download(page, '[data-download=all-csv]');
      const text = csv.bytes.toString('utf8');
      assert(text.charCodeAt(0) === 0xfeff, 'CSV starts with a BOM');
      const lines = text.slice(1).split('\r\n').filter((l) => l.length);
      assert(lines.length === facts.length + 1, `${lines.length - 1} rows for ${facts.length} facts`);
      assert(lines[0].startsWith('id,region,region_zh,scope,scope_name,entity,indicator') && lines[0].includes('quote') && lines[0].includes('source_title') && lines[0].endsWith('comparability_reasons_en'), lines[0]);
      const view = await download(page, '[data-download=csv]');
      assert(view.bytes.toString('utf8').slice(1).split('\r\n').filter((l) => l).length === 1 + 3, 'the view CSV holds its 3 figures');
      const json = JSON.parse((await download(page, '[data-download=all-json]')).bytes.toString('utf8'));
      assert(json.facts.length === facts.length && json.facts[0].quote === facts[0].quote, 'JSON carries every fact');
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['copy link puts the permalink on the clipboard; the message stays with its view and language', async () => {
      const { page, context } = await openPage(browser, server.url);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      await page.click('[data-view=timeline]');
      await page.click(`${VIEW} [data-action=copy-link]`);
      await page.locator(`${VIEW} .toolbar .status`, { hasText: '已复制' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert(copied === page.url() && copied.includes('view=timeline'), copied);
      const status = () => page.locator(`${VIEW} .toolbar .status`).innerText();
      await page.selectOption('#timeline-region', { index: 1 });
      assert((await status()).includes('已复制'), 'a region change keeps the message');
      await page.click('[data-lang=en]');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert(await status() === '', `a language switch clears it: ${await status()}`);
      await page.click(`${VIEW} [data-action=copy-link]`);
      await page.locator(`${VIEW} .toolbar .status`, { hasText: 'copied' }).waitFor();
      await page.click('[data-view=compare]');
      assert(await status() === '', `a view switch clears it: ${await status()}`);
      await page.click('[data-view=timeline]');
      assert(await status() === '', `and it is gone when the view returns: ${await status()}`);
      await context.close();
    }],

    ['the reader highlights every number of an article, with the fact on hover and focus', async () => {
      const { page, context, errors } = await openPage(browser, server.url);
      // One file holds two articles (004): each shows its own figures.
      const articles = [
        ['000', (f) => f.seed.startsWith('000_')],
        ['003', (f) => f.seed.startsWith('003_')],
        ['004-yanhu', (f) => f.seed.startsWith('004_') && f.region === 'yanhu'],
        ['004-wanrong', (f) => f.seed.startsWith('004_') && f.region === 'wanrong'],
      ];
      for (const [article, mine] of articles) {
        await page.click('[data-view=sources]');
        await page.selectOption('#article-select', article);
        await settle(page);
        // A number may carry several figures (全 in 日间照料中心和乡村学校全提升).
        const ids = await page.locator('.reader-text .num').evaluateAll((ns) => ns.flatMap((n) => n.dataset.facts.split(' ')));
        const expected = facts.filter(mine).map((f) => f.id).sort();
        assert(JSON.stringify([...new Set(ids)].sort()) === JSON.stringify(expected), `${article}: ${ids.length} highlighted, ${expected.length} facts`);
      }
      assert(await page.locator('.reader-text .damaged').count() >= 3, '003 flags its damaged passages');
      const first = page.locator('.reader-text .num').first();
      const firstId = await first.getAttribute('data-fact');
      const fact = facts.find((f) => f.id === firstId);
      const tip = first.locator('.num-tip');
      assert(!(await tip.isVisible()), 'hidden until hover or focus');
      await first.focus();
      assert(await tip.isVisible(), 'focus shows the fact');
      const tipText = await tip.innerText();
      const zh = { shangdang: '上党区', yanhu: '盐湖区', wanrong: '万荣县', changzhi: '长治市', weizi: '潞城区微子镇' };
      assert(tipText.includes(fact.written) && tipText.includes(zh[fact.region]), tipText);
      await page.screenshot({ path: path.join(out, 'sources-004.png') });
      // From a table row to the quote.
      await page.click('[data-view=explorer]');
      await page.fill('#explorer-search', '1.76亿斤');
      await page.locator('.facts-table tr[data-fact=sd-2025-grain-output] button.link').click();
      const hit = page.locator('#quote-hit');
      await hit.waitFor();
      assert((await hit.innerText()).includes('1.76亿斤'), await hit.innerText());
      assert(await hit.evaluate((el) => el.classList.contains('flash')), 'flashed');
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],
  ];
}
