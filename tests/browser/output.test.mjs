// The chart on screen is always the chart the page says it is: no blank or stale canvas at any size, no
// squashed views after a move to a projector, no key acting twice in the presentation, in-page links that
// keep their notice, no sideways scrolling (WCAG 1.4.10), and no error or unbounded timing left behind.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitForPaints, paints, readCanvas, assert, VIEW, VIEW_KEYS, settle } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'out');

const CHART_VIEWS = VIEW_KEYS.filter((v) => !['explorer', 'sources', 'present', 'about'].includes(v));

/**
 * What the canvas on screen shows against what the page says: the figure it last painted (`data-figure`),
 * the figure of the view (its data table's caption), its ink, and any message in the chart box.
 */
function chartState(page) {
  return page.evaluate(() => {
    const c = document.querySelector('canvas#chart');
    if (!c) return null;
    const box = c.closest('.chart-box');
    const caption = box.parentElement.querySelector('.data-table caption')?.textContent ?? '';
    const data = c.width && c.height ? c.getContext('2d').getImageData(0, 0, c.width, c.height).data : [];
    let ink = 0;
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    for (let i = 0; i < data.length; i += 16) {
      if (Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 60) ink++;
    }
    return {
      painted: c.dataset.figure ?? null,
      caption,
      ink,
      message: box.querySelector('.chart-status .error')?.textContent ?? null,
      width: c.width, height: c.height,
    };
  });
}

/** Blank, or another figure's picture, is a failure unless the page says why. */
async function assertTrueChart(page, what) {
  await page.waitForFunction(() => {
    const c = document.querySelector('canvas#chart');
    return !c || c.dataset.figure || document.querySelector(`.chart-status .error`);
  }, null, { timeout: 10000 }).catch(() => {});
  const s = await chartState(page);
  if (!s) return;
  if (s.message) return; // said so, in the reader's language
  assert(s.ink > 300, `${what}: the canvas is blank with no message (${s.ink})`);
  assert(s.painted !== null, `${what}: the canvas does not say which figure it shows`);
  assert(s.caption.includes(s.painted), `${what}: the canvas shows "${s.painted}" under "${s.caption}"`);
}

async function slideIs(page, n) {
  await page.waitForFunction((n) => document.querySelector('[data-testid=slide-counter]')?.innerText.startsWith(`${n} /`), n);
}

export default function tests({ browser, server }) {
  return [
    ['a scan over window sizes and views finds no blank or stale canvas without a message', async () => {
      const sizes = [[1920, 1080], [1280, 800], [1024, 768], [800, 600], [640, 480], [400, 700], [390, 844], [320, 568], [600, 400], [1280, 360]];
      const { page, context, errors } = await openPage(browser, `${server.url}#view=compare`);
      let checked = 0;
      for (const [w, h] of sizes) {
        await page.setViewportSize({ width: w, height: h });
        for (const view of CHART_VIEWS) {
          await page.click(`[data-view=${view}]`);
          await assertTrueChart(page, `${view} at ${w}×${h}`);
          checked++;
        }
        await page.click('[data-view=present]');
        await page.keyboard.press('Home');
        for (let i = 1; i <= 9; i++) {
          await slideIs(page, i);
          await assertTrueChart(page, `slide ${i} at ${w}×${h}`);
          checked++;
          await page.keyboard.press('ArrowRight');
        }
        await page.keyboard.press('Escape');
      }
      // Fresh loads straight onto a slide and a view, at the smallest sizes.
      for (const [w, h] of [[400, 700], [320, 568], [640, 400]]) {
        for (const hash of ['#view=present&slide=8', '#view=coverage', '#view=present&slide=9']) {
          const fresh = await openPage(browser, `${server.url}${hash}`, { viewport: { width: w, height: h } });
          await assertTrueChart(fresh.page, `${hash} loaded at ${w}×${h}`);
          assert(fresh.errors.length === 0, fresh.errors.join('\n'));
          await fresh.context.close();
          checked++;
        }
      }
      await page.setViewportSize({ width: 400, height: 700 });
      await page.goto(`${server.url}#view=present&slide=1`);
      await page.screenshot({ path: path.join(out, 'slide-1-400x700.png') });
      console.log(`     ${checked} states checked`);
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['going from slide 6 to 7 at 400×700 shows slide 7\'s chart, not slide 6\'s', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=present&slide=6`, { viewport: { width: 400, height: 700 } });
      await slideIs(page, 6);
      await assertTrueChart(page, 'slide 6');
      await page.keyboard.press('ArrowRight');
      await slideIs(page, 7);
      await assertTrueChart(page, 'slide 7 after slide 6');
      const s = await chartState(page);
      assert(s.message === null, `slide 7 says: ${s.message}`);
      await context.close();
    }],

    ['slide 8 with the article panel open is drawn at 1280×800 and 1024×768', async () => {
      for (const [w, h] of [[1280, 800], [1024, 768]]) {
        const { page, context } = await openPage(browser, `${server.url}#view=present&slide=8`, { viewport: { width: w, height: h } });
        const n = await paints(page);
        // Open a figure of the slide in the article panel, by the keyboard (the chart's first mark).
        await page.focus('canvas#chart');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.reader');
        await waitForPaints(page, n + 1).catch(() => {});
        await assertTrueChart(page, `slide 8 with the article at ${w}×${h}`);
        const s = await chartState(page);
        assert(s.message === null && s.painted, `slide 8 with the article at ${w}×${h}: ${JSON.stringify(s)}`);
        await page.screenshot({ path: path.join(out, `slide-8-reader-${w}x${h}.png`) });
        await context.close();
      }
    }],

    ['a move to a projector while presenting leaves no view squashed: each is drawn for its own box at the new ratio', async () => {
      const { page, context, errors } = await openPage(browser, `${server.url}#view=compare`, { viewport: { width: 1920, height: 1080 } });
      for (const view of ['timeline', 'coverage', 'compare']) {
        await page.click(`[data-view=${view}]`);
        await waitForPaints(page, 1);
      }
      await page.click('[data-view=present]');
      await slideIs(page, 1);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1920, height: 1080, deviceScaleFactor: 2, mobile: false });
      // The slide on screen follows the new ratio first.
      await page.waitForFunction(() => {
        const c = document.querySelector('canvas#chart');
        return c && c.width === Math.round(c.clientWidth * 2);
      }, null, { timeout: 10000 });
      await page.keyboard.press('Escape');
      for (const view of ['compare', 'coverage', 'timeline']) {
        await page.click(`[data-view=${view}]`);
        await page.waitForFunction(() => {
          const c = document.querySelector('canvas#chart');
          return c && c.width === Math.round(c.clientWidth * 2) && c.height === Math.round(c.clientHeight * 2);
        }, null, { timeout: 10000 }).catch(() => {});
        const s = await readCanvas(page);
        assert(s.width === Math.round(s.cssWidth * 2) && s.height === Math.round(s.cssHeight * 2),
          `${view}: ${s.width}×${s.height} backing store in a ${s.cssWidth}×${s.cssHeight} box at ratio 2`);
        if (view === 'compare') {
          // The marks answer where they are drawn: hover the first bar's centre, from the scene's own geometry.
          const box = await page.locator('canvas#chart').boundingBox();
          await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.6);
          // Through the protocol: Playwright's own screenshot would reset the emulated pixel ratio.
          const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
          fs.writeFileSync(path.join(out, 'compare-after-projector.png'), Buffer.from(shot.data, 'base64'));
        }
      }
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['a key the slide\'s chart uses does not also move the presentation', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=present&slide=1`);
      await slideIs(page, 1);
      // The sequence: Tab to the chart (its first mark), → →, Enter. The arrows step through the
      // marks (the third is 盐湖区's 未报道 slot, which opens nothing); the slide stays.
      await page.focus('canvas#chart');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await settle(page);
      let counter = await page.locator('[data-testid=slide-counter]').innerText();
      assert(counter.startsWith('1 /'), `the slide moved with the chart's keys: ${counter}`);
      // ← to 上党区's target, Enter: its article opens, a figure of this slide, and the slide stays.
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.reader');
      counter = await page.locator('[data-testid=slide-counter]').innerText();
      assert(counter.startsWith('1 /'), `Enter moved the slide: ${counter}`);
      const open = await page.locator('.reader-fact').innerText();
      assert(open.includes('1.7亿斤'), `the open figure is slide 1's 上党区 target: ${open}`);
      // Keys the chart does not use still reach the presenter.
      await page.keyboard.press('PageDown');
      await slideIs(page, 2);
      await context.close();
    }],

    ['an in-page link is restored once: its notice stays, and it adds one history entry', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=compare`);
      const before = await page.evaluate(() => history.length);
      await page.evaluate(() => {
        const a = document.createElement('a');
        a.href = '#view=sources&article=nope';
        a.id = 'in-page-link';
        a.textContent = 'link';
        document.body.append(a);
      });
      await page.click('#in-page-link');
      await page.locator('[data-testid=notice]').waitFor();
      await settle(page);
      assert(await page.locator('[data-testid=notice]').count() === 1, 'the notice stays');
      const text = await page.locator('[data-testid=notice]').innerText();
      assert(text.includes('article=nope'), text);
      assert(await page.locator(`${VIEW} .sources-view`).count() === 1, 'the articles view is shown');
      const after = await page.evaluate(() => history.length);
      assert(after === before + 1, `history grew by ${after - before}`);
      assert(!(await page.evaluate(() => location.hash)).includes('nope'), 'the address says what is shown');
      await page.goBack();
      await page.waitForFunction(() => location.hash.includes('view=compare'));
      await page.locator(`${VIEW} canvas#chart`).waitFor();
      await context.close();
    }],

    ['nothing scrolls sideways: English composition at 1280 px and every view at 320 px (400 % zoom)', async () => {
      const wide = await openPage(browser, `${server.url}#view=composition&lang=en`, { viewport: { width: 1280, height: 800 } });
      const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(await overflow(wide.page) <= 0, `English composition at 1280 px scrolls ${await overflow(wide.page)} px sideways`);
      await wide.context.close();
      for (const lang of ['zh', 'en']) {
        const { page, context } = await openPage(browser, `${server.url}#view=compare&lang=${lang}`, { viewport: { width: 320, height: 640 } });
        for (const view of VIEW_KEYS.filter((v) => v !== 'about')) {
          await page.click(`[data-view=${view}]`);
          await settle(page);
          const o = await overflow(page);
          if (o > 0) await page.screenshot({ path: path.join(out, `reflow-${view}-${lang}-320.png`), fullPage: true });
          assert(o <= 0, `${view} (${lang}) at 320 px scrolls ${o} px sideways`);
          if (view === 'present') await page.keyboard.press('Escape');
        }
        await page.click('[data-view=coverage]');
        await page.screenshot({ path: path.join(out, `coverage-320-${lang}.png`), fullPage: true });
        await context.close();
      }
    }],

    ['no ResizeObserver loop error reaches the page, and timings do not pile up', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=compare`);
      await page.evaluate(() => {
        window.__errors = [];
        window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
      });
      const hashes = ['#view=compare&group=investment', '#view=timeline', '#view=profile&region=wanrong', '#view=coverage',
        '#view=present&slide=3', '#view=composition', '#view=compare&group=grain_output&norm=1'];
      for (let i = 0; i < 150; i++) {
        await page.evaluate((h) => { location.hash = h; }, hashes[i % hashes.length]);
        if (i % 10 === 0) await page.setViewportSize({ width: 700 + (i * 37) % 900, height: 500 + (i * 53) % 500 });
        await settle(page);
      }
      await page.goto(`${server.url}#view=compare&group=grain_output`);
      await waitForPaints(page, 1);
      const box = await page.locator('canvas#chart').boundingBox();
      for (let i = 0; i < 60; i++) {
        await page.mouse.move(box.x + 80 + (i * 13) % (box.width - 160), box.y + box.height * 0.55);
      }
      const result = await page.evaluate(() => ({
        errors: window.__errors ?? [],
        hovers: performance.getEntriesByName('qianwan:hover').length,
        switches: performance.getEntriesByName('qianwan:switch').length,
      }));
      assert(result.errors.length === 0, result.errors.join('\n'));
      assert(result.hovers <= 2 && result.switches <= 4, `timings kept: ${JSON.stringify(result)}`);
      await context.close();
    }],
  ];
}
