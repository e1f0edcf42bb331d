// Robustness and security: injected text stays text, the CSP holds, panics show a banner, any hash works,
// and 2,000 random actions leave the page working.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, openPage, waitForPaints, paints, readCanvas, assert, settle, VIEW_KEYS } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const VIEWS = VIEW_KEYS.filter((v) => v !== 'about');

/** A small, seedable generator (mulberry32), so a failure can be replayed with MONKEY_SEED. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['view=', 'compare', 'present', 'group=', 'grain_output', 'toilets', 'slide=', '99999999999', '-1', '0',
  'hide=', 'yanhu,,x', '&', '&&', '=', '%', '%E4', '%E4%B8%8A', '%ZZ', 'src=', 'sd-2025-grain-output', 'nope', 'q=',
  '<script>', 'f=', 'region.mars', 'sort=', 'value.desc', 'cell=', 'changzhi:env', ':', 'norm=', '1', 'lang=', 'en', '#', '\u202e', '😀'];
function randomHash(r) {
  let h = '';
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) h += PIECES[Math.floor(r() * PIECES.length)];
  return `#${h}`;
}

/** Records CSP violations from the first script on. */
const CSP_PROBE = () => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

async function walk(page) {
  for (const view of VIEWS) {
    await page.click(`[data-view=${view}]`, { force: true }).catch(() => {});
    await page.evaluate((v) => { location.hash = `view=${v}`; }, view);
    await settle(page);
  }
}

export default function tests({ browser, server }) {
  return [
    ['a hostile dataset shows as text: nothing executes and the layout survives', async () => {
      const dist = path.join(root, 'dist-hostile');
      assert(fs.existsSync(path.join(dist, 'index.html')), 'dist-hostile is built (scripts/test.sh)');
      const hostile = await serve(dist);
      const { page, context, errors } = await openPage(browser, hostile.url);
      const dialogs = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
      const bar = await page.locator('canvas#chart').boundingBox();
      for (let x = bar.x + 40; x < bar.x + bar.width; x += 25) {
        await page.mouse.move(x, bar.y + bar.height * 0.8);
        if (await page.locator('#chart-tooltip').count()) break;
      }
      assert(await page.locator('#chart-tooltip').count() === 1, 'a tooltip over a hostile bar');
      await page.goto(`${hostile.url}#view=compare&src=h-4`);
      await page.locator('#quote-hit').waitFor();
      for (const view of VIEWS) {
        await page.evaluate((v) => { location.hash = `view=${v}`; }, view);
        await settle(page);
        const state = await page.evaluate(() => ({
          xss: window.__xss,
          images: document.querySelectorAll('body img').length,
          scripts: [...document.querySelectorAll('body script, body svg[onload], body [onerror]')].length,
          overflow: document.documentElement.scrollWidth - innerWidth,
        }));
        assert(state.xss === undefined, `${view}: injected code ran (${state.xss})`);
        assert(state.images === 0 && state.scripts === 0, `${view}: markup was injected ${JSON.stringify(state)}`);
        assert(state.overflow <= 1, `${view}: the page overflows sideways by ${state.overflow}px`);
      }
      await page.evaluate(() => { location.hash = 'view=explorer&q=%3Cscript'; });
      await settle(page);
      const text = await page.locator('body').innerText();
      assert(text.includes('<script>window.__xss=8</script>投入') && text.includes('onerror'), 'the markup is shown as text');
      await page.evaluate(() => { location.hash = 'view=sources'; });
      await settle(page);
      assert((await page.locator('.reader-text').innerText()).includes('很长的句子很长的句子'), 'the 10,000-character quote is shown');
      await page.screenshot({ path: path.join(here, 'out', 'hostile-sources.png') });
      assert(dialogs.length === 0, `dialogs: ${dialogs}`);
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
      await hostile.close();
    }],

    ['the Content Security Policy holds in the hosted page and the offline file, with no violation', async () => {
      const offline = pathToFileURL(path.join(root, 'dist/qianwan-offline.html')).href;
      for (const url of [server.url, offline]) {
        const context = await browser.newContext();
        await context.addInitScript(CSP_PROBE);
        const page = await context.newPage();
        const errors = [];
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        await page.goto(url);
        await page.waitForSelector('.tab[aria-current=page]', { state: 'attached' });
        const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
        for (const must of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "'wasm-unsafe-eval'"]) {
          assert(csp.includes(must), `${url}: CSP lacks ${must}`);
        }
        assert(!csp.includes('unsafe-eval\'') || csp.includes("'wasm-unsafe-eval'") && !csp.includes(" 'unsafe-eval'"), 'no unsafe-eval');
        assert(!/https?:/.test(csp) && !csp.includes('*'), `${url}: a remote origin in the CSP: ${csp}`);
        const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
        assert(!scriptSrc.includes("'unsafe-inline'"), 'no unsafe-inline scripts');
        await walk(page);
        const violations = await page.evaluate(() => window.__csp);
        assert(violations.length === 0, `${url}: ${violations.join('\n')}`);
        assert(errors.length === 0, errors.join('\n'));
        await context.close();
      }
    }],

    ['a panic shows a banner with a reload action, and the console says what happened', async () => {
      // The shipped build has no test hook.
      const shipped = await openPage(browser, server.url);
      assert(await shipped.page.evaluate(() => typeof window.wasmBindings?.qianwanTestPanic) === 'undefined',
        'the hosted build exposes the test panic');
      await shipped.context.close();
      // The test build (release settings, `--features test-hooks`, the hostile fixture) has it.
      const dist = path.join(root, 'dist-hostile');
      const testBuild = await serve(dist);
      const { page, context } = await openPage(browser, `${testBuild.url}#view=coverage`);
      const consoleText = [];
      page.on('console', (m) => consoleText.push(m.text()));
      // Uncaught, as a panic in an event handler or timer would be. The release build aborts on
      // panic: a wasm trap (RuntimeError), reported with the trap's message; a build that keeps
      // panic messages reports the panic's own.
      const thrown = await page.evaluate(() => new Promise((resolve) => {
        addEventListener('error', (e) => resolve(String(e.error)), { once: true });
        setTimeout(() => { window.wasmBindings.qianwanTestPanic(); resolve('no panic'); });
      }));
      assert(thrown !== 'no panic', 'the test hook panicked');
      const banner = page.locator('#crash');
      await banner.waitFor();
      assert(await page.locator('#crash').count() === 1, 'one banner');
      assert((await banner.innerText()).includes('重新加载'), 'reload offered');
      assert(consoleText.some((t) => t.includes('qianwan crashed: ') || (t.includes('qianwan panicked') && t.includes('test panic'))), consoleText.join('\n'));
      await Promise.all([page.waitForNavigation(), banner.locator('button').click()]);
      await page.waitForSelector('.tab[aria-current=page]', { state: 'attached' });
      await waitForPaints(page, 1);
      assert(await page.locator('#crash').count() === 0, 'reloaded clean');
      assert(page.url().includes('view=coverage'), 'the reload keeps the view');
      await context.close();
      await testBuild.close();
    }],

    ['random, truncated and malformed hashes always give a working view', async () => {
      const seed = Number(process.env.HASH_SEED ?? 20261122);
      console.log(`     hash fuzz seed ${seed} (replay: HASH_SEED=${seed})`);
      const r = rng(seed);
      const { page, context, errors } = await openPage(browser, server.url);
      for (let i = 0; i < 120; i++) {
        const hash = randomHash(r);
        await page.evaluate((h) => { location.hash = h; }, hash);
        await settle(page);
        const ok = await page.evaluate(() => document.querySelectorAll('.tab[aria-current=page]').length === 1 && !document.getElementById('crash'));
        assert(ok, `no working view after ${hash}`);
      }
      for (let i = 0; i < 8; i++) {
        const fresh = await openPage(browser, `${server.url}${randomHash(r)}`);
        assert(fresh.errors.length === 0, fresh.errors.join('\n'));
        await fresh.context.close();
      }
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['zero-size and hidden canvases are never drawn at a zero, negative or NaN size', async () => {
      const { page, context, errors } = await openPage(browser, server.url);
      // Styles through the CSSOM (the CSP rightly refuses an injected <style>). A box styled to no height
      // keeps the least height its figure needs, and the chart is drawn whole in it, never left blank.
      const n = await paints(page);
      await page.evaluate(() => document.querySelector('.chart-box').style.setProperty('height', '0px', 'important'));
      await waitForPaints(page, n + 1);
      const before = await readCanvas(page);
      assert(before.height > 150 && before.ink > 10000, `a box of no height: ${JSON.stringify(before)}`);
      await page.evaluate(() => document.querySelector('main').style.setProperty('display', 'none', 'important'));
      await page.setViewportSize({ width: 320, height: 400 });
      // A new figure while hidden: the app must not resize or draw the collapsed canvas.
      await page.evaluate(() => {
        const s = document.querySelector('#group-select');
        s.value = 'investment';
        s.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle(page);
      const dims = await page.evaluate(() => { const c = document.querySelector('canvas#chart'); return [c.width, c.height]; });
      assert(dims.every((d) => Number.isFinite(d) && d > 0), `canvas at ${dims}`);
      assert(dims[0] === before.width && dims[1] === before.height, `resized while hidden: ${dims} (was ${before.width}×${before.height})`);
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['a monkey: 2,000 random clicks, keys, resizes and hash changes; no error and the page still responds', async () => {
      const seed = Number(process.env.MONKEY_SEED ?? Date.now() % 1e9);
      console.log(`     monkey seed ${seed} (replay: MONKEY_SEED=${seed})`);
      const r = rng(seed);
      const { page, context, errors } = await openPage(browser, server.url, { acceptDownloads: true });
      page.on('download', (d) => d.cancel().catch(() => {}));
      page.on('dialog', (d) => d.dismiss());
      const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Space', 'Shift+Space', 'PageUp', 'PageDown', 'Home',
        'End', 'Enter', 'Escape', 'Tab', 'Shift+Tab', 'f', '3', '7', '1', 'Backspace', 'a'];
      let size = { width: 1280, height: 800 };
      for (let i = 0; i < 2000; i++) {
        const p = r();
        if (p < 0.55) {
          await page.mouse.click(Math.floor(r() * size.width), Math.floor(r() * size.height));
        } else if (p < 0.85) {
          await page.keyboard.press(KEYS[Math.floor(r() * KEYS.length)]);
        } else if (p < 0.93) {
          size = { width: 320 + Math.floor(r() * 1400), height: 120 + Math.floor(r() * 900) };
          await page.setViewportSize(size);
        } else if (p < 0.96) {
          // Collapse the chart to zero height, then release it.
          await page.evaluate(() => { const b = document.querySelector('.chart-box'); if (b) b.style.setProperty('height', b.style.height === '0px' ? '' : '0px'); });
        } else {
          await page.evaluate((h) => { location.hash = h; }, randomHash(r));
        }
        if (page.url().startsWith('blob:') || !page.url().startsWith(server.origin)) await page.goto(server.url);
      }
      if (await page.evaluate(() => document.fullscreenElement !== null)) await page.keyboard.press('f');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${server.url}#view=compare`);
      await waitForPaints(page, 1);
      assert((await readCanvas(page)).ink > 15000, 'the page still paints');
      await page.click('[data-view=timeline]');
      await page.waitForFunction(() => document.querySelector('.tab[aria-current=page]').dataset.view === 'timeline');
      assert(errors.length === 0, `seed ${seed}: ${errors.slice(0, 5).join('\n')}`);
      await context.close();
    }],
  ];
}
