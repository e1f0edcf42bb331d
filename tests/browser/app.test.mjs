// Browser tests of the built page (dist/) in headless Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitForPaints, readCanvas, regionColours, assert, VIEW, settle } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');
const out = path.join(here, 'out');
fs.mkdirSync(out, { recursive: true });



export default function tests({ browser, server }) {
  return [
  ['loads with no console error and paints the default comparison', async () => {
    const { page, context, errors } = await openPage(browser, server.url);
    const COLOURS = await regionColours(page);
    assert(COLOURS.shangdang.every(Number.isFinite), `region colours from the page: ${JSON.stringify(COLOURS)}`);
    const shot = await readCanvas(page, COLOURS);
    assert(shot.ink > 20000, `canvas looks blank (${shot.ink} inked pixels)`);
    assert(shot.counts.shangdang > 500, `no 上党区 bars (${shot.counts.shangdang} px)`);
    assert(shot.counts.wanrong > 500, `no 万荣县 bars (${shot.counts.wanrong} px)`);
    assert(await page.locator('#group-select').inputValue() === 'grain_output', 'opens on 粮食产量');
    await page.screenshot({ path: path.join(out, 'compare-1280x800.png'), fullPage: false });
    assert(errors.length === 0, errors.join('\n'));
    await context.close();
  }],

  ['Chinese text renders with a CJK font (no tofu boxes)', async () => {
    const { page, context } = await openPage(browser, server.url);
    const ok = await page.evaluate(async () => {
      await document.fonts.ready;
      const c = document.createElement('canvas').getContext('2d');
      c.font = '20px "Noto Sans CJK SC", sans-serif';
      // A missing glyph draws as the same box for every character; real glyphs differ in width or shape.
      return [c.measureText('粮').width, c.measureText('未报道').width, c.measureText('□').width];
    });
    assert(ok[0] > 15 && ok[1] > 45, `CJK glyph widths look wrong: ${ok}`);
    await context.close();
  }],

  ['未报道 is shown where an article is silent, never a zero bar', async () => {
    const { page, context } = await openPage(browser, server.url);
    const COLOURS = await regionColours(page);
    const label = await page.locator('canvas#chart').getAttribute('aria-label');
    assert(label.includes('盐湖区：未报道'), `aria-label: ${label}`);
    const silent = await page.locator('p.silent').innerText();
    assert(silent.includes('盐湖区') && silent.includes('不等于零'), silent);
    const shot = await readCanvas(page, COLOURS);
    // Only the 10×10 colour chip beside its name may carry 盐湖区's colour.
    assert(shot.counts.yanhu <= 110, `盐湖区 has bar pixels (${shot.counts.yanhu}) though unreported`);
    await context.close();
  }],

  ['each charted figure lists its article and verbatim quote', async () => {
    const { page, context } = await openPage(browser, server.url);
    const items = await page.locator('.source-list li').allInnerTexts();
    assert(items.length >= 3, `${items.length} source rows`);
    assert(items.some((t) => t.includes('1.76亿斤') && t.includes('8.8万吨') && t.includes('粮食总产量稳定在1.76亿斤')), items.join('\n'));
    assert(items.some((t) => t.includes('20万吨以上') && t.includes('以上')), 'the 万荣 qualifier is kept');
    await context.close();
  }],

  ['switching the indicator group repaints the canvas', async () => {
    const { page, context, errors } = await openPage(browser, server.url);
    const COLOURS = await regionColours(page);
    const before = await readCanvas(page, COLOURS);
    const count = await waitForPaints(page, 1);
    const options = await page.locator('#group-select option').evaluateAll((os) => os.map((o) => o.value));
    assert(options.length >= 10, `${options.length} groups offered`);
    await page.selectOption('#group-select', 'vc_income_share');
    await waitForPaints(page, count + 1);
    const after = await readCanvas(page, COLOURS);
    assert(after.hash !== before.hash, 'the picture did not change');
    assert(after.counts.changzhi > 500, '长治市 shown as context');
    const label = await page.locator('canvas#chart').getAttribute('aria-label');
    assert(label.includes('上党区：未报道'), label);
    await page.screenshot({ path: path.join(out, 'compare-vc-income-share.png') });
    // Every offered group draws without an error.
    for (const value of options) {
      const n = await waitForPaints(page, 1);
      await page.selectOption('#group-select', value);
      if (value !== 'vc_income_share') await waitForPaints(page, n + 1);
      // No error in the view, and the canvas shows this group's figure (its title is the group's name).
      assert(await page.locator(`${VIEW} .error`).count() === 0, `error shown for ${value}`);
      const painted = await page.locator('canvas#chart').getAttribute('data-figure');
      const selected = await page.locator('#group-select option:checked').innerText();
      assert(painted && selected.startsWith(painted), `${value}: the canvas shows "${painted}" for "${selected}"`);
    }
    assert(errors.length === 0, errors.join('\n'));
    await context.close();
  }],

  ['HiDPI: the backing store is CSS size × devicePixelRatio', async () => {
    for (const dpr of [1, 2, 3]) {
      const { page, context } = await openPage(browser, server.url, { deviceScaleFactor: dpr, viewport: { width: 1024, height: 768 } });
      const s = await readCanvas(page);
      assert(Math.abs(s.width - Math.round(s.cssWidth * dpr)) <= 1 && Math.abs(s.height - Math.round(s.cssHeight * dpr)) <= 1,
        `dpr ${dpr}: ${s.width}×${s.height} for ${s.cssWidth}×${s.cssHeight}`);
      if (dpr === 2) await page.screenshot({ path: path.join(out, 'compare-1024x768@2x.png') });
      await context.close();
    }
  }],

  ['resizing the window redraws at the new size', async () => {
    const { page, context, errors } = await openPage(browser, server.url);
    const before = await readCanvas(page);
    const n = await waitForPaints(page, 1);
    await page.setViewportSize({ width: 1024, height: 768 });
    await waitForPaints(page, n + 1);
    const after = await readCanvas(page);
    assert(after.width < before.width, `width ${before.width} → ${after.width}`);
    assert(after.ink > 20000, 'painted after resize');
    await page.screenshot({ path: path.join(out, 'compare-1024x768.png') });
    await page.setViewportSize({ width: 360, height: 740 });
    await waitForPaints(page, n + 2);
    await page.screenshot({ path: path.join(out, 'compare-360x740.png') });
    assert(errors.length === 0, errors.join('\n'));
    await context.close();
  }],

  ['no request leaves the page origin', async () => {
    const { page, context, requests } = await openPage(browser, server.url);
    const n = await waitForPaints(page, 1);
    await page.selectOption('#group-select', 'investment');
    await waitForPaints(page, n + 1);
    await settle(page);
    const foreign = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert(foreign.length === 0, `foreign requests: ${foreign.join(', ')}`);
    assert(requests.length <= 6, `unexpected requests: ${requests.join(', ')}`);
    await context.close();
  }],

  ['the favicon is an inline raster image that decodes (an SVG icon is parsed again at every URL change)', async () => {
    const { page, context } = await openPage(browser, server.url);
    const icon = await page.evaluate(async () => {
      const link = document.querySelector('link[rel=icon]');
      const img = new Image();
      img.src = link.href;
      await img.decode();
      return { href: link.href.slice(0, 22), width: img.naturalWidth, height: img.naturalHeight };
    });
    assert(icon.href === 'data:image/png;base64,' && icon.width === 32 && icon.height === 32, JSON.stringify(icon));
    await context.close();
  }],
  ];
}
