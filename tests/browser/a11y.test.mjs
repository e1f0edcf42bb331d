// Accessibility: axe-core on every view × language × theme, and a keyboard-only walk through the app.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { openPage, waitForPaints, assert } from './harness.mjs';
import { VIEWS, openView } from './i18n.test.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (every rule it has: WCAG 2.0/2.1 A and AA and best practices) and returns the violations. */
async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n        ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary ?? '').split('\n').slice(1, 2).join('')).join('\n        ')}`);
  });
}

/** The element with focus: its tag, text and whether a focus indicator is drawn. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    return { tag: el.tagName.toLowerCase(), text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40),
      view: el.dataset.view ?? null, id: el.id, ring, download: el.dataset.download ?? null, region: el.dataset.region ?? null };
  });
}

/** Presses Tab until `match(focused)` holds (at most `limit` times). */
async function tabTo(page, match, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert(f.tag === 'body' || f.ring, `no visible focus ring on ${JSON.stringify(f)}`);
    if (match(f)) return f;
  }
  throw new Error('Tab never reached the element');
}

export default function tests({ browser, server }) {
  return [
    ['axe-core reports nothing on every view, in both languages and both themes (and the projector themes)', async () => {
      const problems = [];
      for (const scheme of ['light', 'dark']) {
        for (const lang of ['zh', 'en']) {
          for (const view of VIEWS) {
            // axe is injected as an inline script, which the page's CSP (rightly) refuses: bypass it here only.
            const { page, context } = await openView(browser, server, view, lang, { bypassCSP: true, colorScheme: scheme });
            const found = await axe(page);
            if (found.length) problems.push(`${view} ${lang} ${scheme}:\n      ${found.join('\n      ')}`);
            await context.close();
          }
        }
      }
      // The projector themes (chosen, not from the system), on the views a meeting room sees.
      for (const theme of ['projector-light', 'projector-dark']) {
        for (const view of ['compare', 'present']) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
          await context.addInitScript((t) => localStorage.setItem('qianwan.theme', t), theme);
          const page = await context.newPage();
          await page.goto(`${server.url}#view=${view}&lang=en`);
          await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
          await waitForPaints(page, 1);
          const found = await axe(page);
          if (found.length) problems.push(`${view} en ${theme}:\n      ${found.join('\n      ')}`);
          await context.close();
        }
      }
      assert(problems.length === 0, problems.join('\n'));
    }],

    // axe reads the DOM; a screen reader reads the browser's accessibility tree. Content the browser skips
    // (e.g. `content-visibility: auto` off screen, in Chromium) is missing from the tree though the DOM has it.
    ['every button, heading, list item and table cell the page shows is in the accessibility tree, on every view', async () => {
      const problems = [];
      for (const view of VIEWS) {
        const { page, context } = await openView(browser, server, view, 'zh');
        const cdp = await context.newCDPSession(page);
        await cdp.send('Accessibility.enable');
        const shown = await page.evaluate(() => {
          const count = (selector) => [...document.querySelectorAll(selector)]
            .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden=true]')).length;
          return { button: count('button'), heading: count('h1, h2, h3'), listitem: count('li'), cell: count('td, th:not([scope=col])') };
        });
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const tree = { button: 0, heading: 0, listitem: 0, cell: 0 };
        const alias = { rowheader: 'cell' };
        for (const n of nodes) {
          const role = alias[n.role?.value] ?? n.role?.value;
          if (!n.ignored && role in tree) tree[role]++;
        }
        for (const role of Object.keys(tree)) {
          if (tree[role] < shown[role]) problems.push(`${view}: ${shown[role]} ${role}s shown, ${tree[role]} in the accessibility tree`);
        }
        assert(shown.button > 0 && tree.button > 0, `${view}: no buttons counted`);
        await context.close();
      }
      assert(problems.length === 0, problems.join('\n'));
    }],

    ['the data table beside a chart has the chart\'s figures and opens on demand', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=compare&group=grain_output`);
      const table = page.locator('table.data-table');
      // Hidden in a one-pixel clipping box (a hidden table itself would still widen the page).
      assert(await table.evaluate((t) => t.closest('.visually-hidden') !== null), 'hidden on screen by default');
      const text = await table.innerText();
      assert(text.includes('1.76亿斤') && text.includes('20万吨以上') && text.includes('盐湖区') && text.includes('未报道'), text);
      await page.click('.table-toggle');
      assert(await page.locator('.table-toggle').getAttribute('aria-expanded') === 'true', 'expanded');
      assert(await table.evaluate((t) => t.getBoundingClientRect().height > 60), 'shown on screen');
      await context.close();
    }],

    ['a keyboard alone reaches everything: skip link, views, selectors, marks, legend, downloads, slides', async () => {
      const { page, context, errors } = await openPage(browser, server.url);
      // The skip link comes first and moves focus to the view.
      let f = await tabTo(page, (x) => x.tag === 'a');
      await page.keyboard.press('Enter');
      f = await focused(page);
      assert(f.tag === 'main', `skip link lands on ${JSON.stringify(f)}`);
      // The language toggle and a view tab work from the keyboard.
      await page.keyboard.press('Shift+Tab');
      f = await tabTo(page, (x) => x.tag === 'button' && x.text === 'English');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      for (const view of VIEWS.filter((v) => v !== 'compare' && v !== 'present')) {
        await page.focus('.tab[aria-current=page]');
        await tabTo(page, (x) => x.view === view, 12).catch(async () => {
          await page.focus('.tabs .tab');
          await tabTo(page, (x) => x.view === view, 12);
        });
        await page.keyboard.press('Enter');
        await page.waitForFunction((v) => document.querySelector('.tab[aria-current=page]')?.dataset.view === v, view);
        // Every view with a chart: Tab reaches the canvas, arrows show a mark's tooltip.
        if (await page.locator('canvas#chart').count()) {
          await waitForPaints(page, 1);
          await tabTo(page, (x) => x.id === 'chart');
          await page.keyboard.press('ArrowRight');
          await page.waitForSelector('#chart-tooltip');
        }
      }
      // Back to the comparison: a mark opens its article with Enter; the legend toggles with Space.
      await page.goto(`${server.url}#view=compare&lang=en`);
      await waitForPaints(page, 1);
      await page.focus('#group-select');
      f = await tabTo(page, (x) => x.region === 'yanhu');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelector('[data-region=yanhu]').getAttribute('aria-pressed') === 'false');
      await page.keyboard.press('Space');
      f = await tabTo(page, (x) => x.download === 'csv');
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      assert((await download).suggestedFilename().endsWith('.csv'), 'CSV by keyboard');
      f = await tabTo(page, (x) => x.id === 'chart');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.reader #quote-hit');
      // Slides: open the presentation from its tab, step with the keys, leave with Esc.
      await page.focus('.tabs .tab');
      f = await tabTo(page, (x) => x.view === 'present', 12);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=slide-counter]');
      for (let i = 2; i <= 9; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((i) => document.querySelector('[data-testid=slide-counter]').textContent.startsWith(`${i} `), i);
        const said = await page.locator('[data-testid=announcer]').innerText();
        assert(said.startsWith(`Slide ${i} of 9`), `live region: ${said}`);
      }
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.querySelector('.tab[aria-current=page]')?.dataset.view !== 'present');
      assert((await page.locator('[data-testid=announcer]').innerText()).startsWith('View: '), 'a view change is announced');
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['the live region is polite and announces view changes in the page language', async () => {
      const { page, context } = await openPage(browser, server.url);
      const region = page.locator('[data-testid=announcer]');
      assert(await region.getAttribute('aria-live') === 'polite', 'polite');
      await page.click('.tab[data-view=coverage]');
      await page.waitForFunction(() => document.querySelector('[data-testid=announcer]').textContent.includes('报道覆盖'));
      await context.close();
    }],
  ];
}
