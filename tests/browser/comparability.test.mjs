// Comparability on screen (#17): the verdict drawn on the chart, in its data table and its tooltips, in both
// languages; in the page's CSV and JSON; the group list says which groups compare; the About page cites
// the chart last viewed with the headlines of its own articles.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitForPaints, assert, settle } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'out');

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return fs.readFileSync(await file.path(), 'utf8');
}

/** The verdict the canvas says it drew (set only when its drawn text holds the verdict whole). */
const drawnVerdict = (page) => page.locator('canvas#chart').getAttribute('data-verdict');

/** CSV rows as objects (quoted fields with commas and doubled quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r') {}
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

export default function tests({ browser, server }) {
  return [
    ['the verdict is drawn on the chart and stands in its data table and tooltip, in both languages', async () => {
      const cases = [
        ['zh', 'grain_output', '可比，但须注意：'],
        ['en', 'grain_output', 'Comparable, with caveats: '],
        ['zh', 'investment', '不可直接比较：'],
        ['en', 'investment', 'Not directly comparable: '],
        ['zh', 'vc_income_bands', '部分可比：'],
      ];
      for (const [lang, group, start] of cases) {
        const { page, context, errors } = await openPage(browser, `${server.url}#view=compare&group=${group}&lang=${lang}`);
        await settle(page);
        const verdict = await drawnVerdict(page);
        assert(verdict?.startsWith(start), `${lang} ${group}: drawn verdict ${verdict}`);
        const caption = await page.locator('#chart-data caption').innerText();
        assert(caption.includes(verdict), `${lang} ${group}: the table's caption lacks the verdict\n${caption}`);
        await page.locator('canvas#chart').focus();
        const tip = page.locator('#chart-tooltip .tt-verdict');
        await tip.waitFor();
        const said = await tip.innerText();
        // The mark's panel verdict (a figure of several panels), else the figure's.
        assert(said.length > 4 && (verdict.includes(said) || said.startsWith(lang === 'zh' ? '可比' : 'Comparable') || said.includes(lang === 'zh' ? '比较' : 'compar')),
          `${lang} ${group}: tooltip verdict ${said}`);
        await page.screenshot({ path: path.join(out, `verdict-${group}-${lang}.png`) });
        assert(errors.length === 0, errors.join('\n'));
        await context.close();
      }
    }],

    ['the page\'s CSV and JSON give each figure its comparison and verdict', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=compare&group=grain_output`);
      const csv = parseCsv(await download(page, '[data-download=csv]'));
      const grain = csv.find((r) => r.id === 'sd-2025-grain-output');
      assert(grain, 'the grain row');
      assert(grain.comparison === 'grain_output/grain_output', `comparison ${grain.comparison}`);
      assert(grain.comparability === 'comparable_with_caveats', `comparability ${grain.comparability}`);
      assert(grain.comparability_reasons.includes('lower_bound(wanrong)'), grain.comparability_reasons);
      assert(grain.comparability_reasons_zh.includes('万荣县为下限'), grain.comparability_reasons_zh);
      assert(grain.comparability_reasons_en.includes('Wanrong County'), grain.comparability_reasons_en);
      assert(grain.article === '001', `article ${grain.article}`);
      const json = JSON.parse(await download(page, '[data-download=json]'));
      const row = json.facts.find((r) => r.id === 'wr-2024-grain-output');
      assert(row.comparability === 'comparable_with_caveats' && row.article === '004-wanrong', JSON.stringify(row));
      // Another group: figures only side by side.
      await page.selectOption('#group-select', 'investment');
      await waitForPaints(page, 2);
      const inv = parseCsv(await download(page, '[data-download=csv]'));
      assert(inv.length > 3 && inv.every((r) => r.comparability === 'not_comparable'), inv.map((r) => r.comparability).join());
      await context.close();
    }],

    ['the group list says which groups compare, in both languages', async () => {
      for (const [lang, caveats, apart] of [['zh', '可比·须注意', '只能分别阅读'], ['en', 'comparable, with caveats', 'side by side only']]) {
        const { page, context } = await openPage(browser, `${server.url}#view=compare&lang=${lang}`);
        const options = await page.locator('#group-select option').evaluateAll((os) => os.map((o) => [o.value, o.dataset.verdict, o.textContent]));
        const of = (id) => options.find((o) => o[0] === id);
        assert(of('grain_output')[1] === 'comparable_with_caveats' && of('grain_output')[2].includes(caveats), JSON.stringify(of('grain_output')));
        assert(of('investment')[1] === 'not_comparable' && of('investment')[2].includes(apart), JSON.stringify(of('investment')));
        assert(of('vc_income_bands')[1] === 'partial', JSON.stringify(of('vc_income_bands')));
        assert(options.every((o) => o[1]), 'every group has its verdict');
        await context.close();
      }
    }],

    ['About & method lists the articles and the rules, and cites the chart last viewed with its own headlines', async () => {
      for (const lang of ['zh', 'en']) {
        const { page, context, errors } = await openPage(browser, `${server.url}#view=compare&group=grain_output&lang=${lang}`);
        await page.click('[data-view=about]');
        await settle(page);
        const about = page.locator('.view.about');
        assert(await about.locator('.articles li').count() === 6, 'six articles');
        const wanrong = await about.locator('[data-article="004-wanrong"]').innerText();
        assert(wanrong.includes('走出万荣特色乡村振兴之路'), wanrong);
        assert(wanrong.includes(lang === 'zh' ? '同在一个版面文件' : 'Shares its file'), wanrong);
        const cite = await page.locator('#cite-text').innerText();
        assert(cite.includes('《走出万荣特色乡村振兴之路 各方参与梯次推进久久为功》') && cite.includes('《沃野田畴绘新景 和美乡村入画来》'), cite);
        assert(!cite.includes('盐湖样板'), `万荣's figures cite 万荣's headline: ${cite}`);
        assert(cite.includes('#view=compare') && cite.includes('group=grain_output'), cite);
        assert(await about.locator('.rules dt').count() >= 8, 'the rules');
        await page.screenshot({ path: path.join(out, `about-${lang}.png`), fullPage: true });
        assert(errors.length === 0, errors.join('\n'));
        await context.close();
      }
    }],
  ];
}
