// Presentation mode, themes, the offline single file, hosting under a sub-path, and print.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, openPage, waitForPaints, paints, readCanvas, assert, settle, VIEW_KEYS } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.join(here, 'out');
const VIEWS = VIEW_KEYS.filter((v) => v !== 'present' && v !== 'about');

const counter = (page) => page.locator('[data-testid=slide-counter]').innerText();
async function slideIs(page, n) {
  await page.waitForFunction((n) => document.querySelector('[data-testid=slide-counter]')?.innerText.startsWith(`${n} /`), n);
}

export default function tests({ browser, server }) {
  return [
    ['the offline single file works from file:// with zero requests: every view and every slide', async () => {
      const file = path.join(root, 'dist/qianwan-offline.html');
      assert(fs.existsSync(file), 'dist/qianwan-offline.html exists');
      const url = pathToFileURL(file).href;
      const { page, context, errors, requests } = await openPage(browser, url);
      for (const view of VIEWS) {
        await page.click(`[data-view=${view}]`);
        await settle(page);
        if (await page.locator('canvas#chart').count()) {
          await waitForPaints(page, 1);
          assert((await readCanvas(page)).ink > 15000, `${view} painted offline`);
        }
      }
      await page.click('[data-view=present]');
      const total = Number((await counter(page)).split('/')[1]);
      assert(total >= 8, `${total} slides`);
      for (let i = 1; i <= total; i++) {
        await slideIs(page, i);
        await waitForPaints(page, 1);
        assert((await readCanvas(page)).ink > 15000, `slide ${i} painted offline`);
        await page.keyboard.press('ArrowRight');
      }
      const others = requests.filter((u) => u !== url && !u.startsWith(`${url}#`) && !u.startsWith('data:'));
      assert(others.length === 0, `requests: ${others.join(', ')}`);
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['presenter keys: arrows, Space, Shift+Space, PageUp/PageDown, Home/End, number + Enter, F, Esc', async () => {
      const { page, context, errors } = await openPage(browser, `${server.url}#view=present&slide=1`);
      await slideIs(page, 1);
      const steps = [['ArrowRight', 2], ['Space', 3], ['PageDown', 4], ['ArrowLeft', 3], ['Shift+Space', 2], ['PageUp', 1], ['End', 9], ['Home', 1]];
      for (const [key, n] of steps) {
        await page.keyboard.press(key);
        await slideIs(page, n);
      }
      await page.keyboard.type('7');
      await page.keyboard.press('Enter');
      await slideIs(page, 7);
      assert(page.url().includes('slide=7'), page.url());
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement !== null);
      // Full screen hides the controls; the pointer over them brings them back.
      await page.mouse.move(5, 400);
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.present-bar')).opacity === '0');
      const bar = await page.locator('.present-bar').boundingBox();
      await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.present-bar')).opacity === '1');
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement === null);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.querySelector('.tab[aria-current=page]')?.dataset.view === 'compare');
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['the slide survives a reload and a shared link', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=present&slide=5`);
      await slideIs(page, 5);
      await page.keyboard.press('ArrowRight');
      await slideIs(page, 6);
      await page.reload();
      await slideIs(page, 6);
      const takeaway = await page.locator('p.takeaway').innerText();
      assert(takeaway.length > 10, takeaway);
      await context.close();
    }],

    ['slides fit 1920×1080, 1280×720 and 1024×768 without scrolling, large and painted', async () => {
      for (const [w, h] of [[1920, 1080], [1280, 720], [1024, 768]]) {
        const { page, context, errors } = await openPage(browser, `${server.url}#view=present&slide=1`, { viewport: { width: w, height: h } });
        for (let i = 1; i <= 9; i++) {
          await slideIs(page, i);
          await waitForPaints(page, 1);
          const fits = await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1);
          assert(fits, `slide ${i} at ${w}×${h} scrolls`);
          const size = await page.locator('p.takeaway').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
          assert(size >= 19, `takeaway at ${size}px`);
          if (i === 1 || i === 9) await page.screenshot({ path: path.join(out, `slide-${i}-${w}x${h}.png`) });
          await page.keyboard.press('ArrowRight');
        }
        assert(errors.length === 0, errors.join('\n'));
        await context.close();
      }
    }],

    ['the chart text on a slide grows with the screen: no text under 24 px on 1920×1080, 16 px on 1280×720', async () => {
      // Every font the slide's canvas is given, read from the 2D context as the app sets it (CSS px at ratio 1).
      const fonts = (page) => page.evaluate(() => window.fonts.splice(0).map((f) => parseFloat(/([\d.]+)px/.exec(f)[1])));
      for (const [w, h, least] of [[1920, 1080, 24], [1280, 720, 16]]) {
        const { page, context, errors } = await openPage(browser, `${server.url}#view=present&slide=2`, { viewport: { width: w, height: h } });
        await page.evaluate(() => {
          const font = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font');
          window.fonts = [];
          Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
            get() { return font.get.call(this); },
            set(v) { if (this.canvas.id === 'chart') window.fonts.push(v); font.set.call(this, v); },
          });
        });
        // Slides 1 and 2 have one panel each; the keys redraw them.
        for (const [key, n] of [['ArrowLeft', 1], ['ArrowRight', 2]]) {
          const before = await paints(page);
          await page.keyboard.press(key);
          await slideIs(page, n);
          await waitForPaints(page, before + 1);
          const sizes = await fonts(page);
          assert(sizes.length > 10, `slide ${n} at ${w}×${h}: ${sizes.length} texts drawn`);
          const smallest = Math.min(...sizes);
          assert(smallest >= least, `slide ${n} at ${w}×${h}: text at ${smallest} px, under ${least} px`);
        }
        assert(errors.length === 0, errors.join('\n'));
        await context.close();
      }
    }],

    ['a change of devicePixelRatio (a projector) redraws crisply', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=present&slide=1`);
      const before = await readCanvas(page);
      const n = await paints(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 2, mobile: false });
      await waitForPaints(page, n + 1);
      const after = await readCanvas(page);
      assert(after.width === Math.round(after.cssWidth * 2), `${after.width} for ${after.cssWidth} css px at dpr 2 (was ${before.width})`);
      await context.close();
    }],

    ['themes: the system dark scheme by default, projector themes on choice, reduced motion honoured', async () => {
      const dark = await openPage(browser, server.url, { colorScheme: 'dark', reducedMotion: 'reduce' });
      assert(await dark.page.evaluate(() => document.documentElement.dataset.theme) === 'dark', 'follows the system');
      const bg = (await dark.page.evaluate(() => {
        const c = document.querySelector('canvas#chart');
        return [...c.getContext('2d').getImageData(2, 2, 1, 1).data];
      }));
      assert(bg[0] < 60 && bg[1] < 60 && bg[2] < 60, `dark chart background ${bg}`);
      // A change of the system's scheme while the page is open: page and chart follow it.
      const background = () => [...document.querySelector('canvas#chart').getContext('2d').getImageData(2, 2, 1, 1).data];
      await dark.page.emulateMedia({ colorScheme: 'light' });
      await dark.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
      await dark.page.waitForFunction(
        () => document.querySelector('canvas#chart').getContext('2d').getImageData(2, 2, 1, 1).data[0] > 200,
      ).catch(async () => assert(false, `light chart background ${await dark.page.evaluate(background)}`));
      await dark.page.emulateMedia({ colorScheme: 'dark' });
      await dark.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await dark.page.selectOption('.top .theme-select', 'projector-light');
      await dark.page.waitForFunction(() => document.documentElement.dataset.theme === 'projector-light');
      await dark.page.goto(`${server.url}#view=compare&src=sd-2025-grain-output`);
      const animation = await dark.page.locator('#quote-hit').evaluate((el) => getComputedStyle(el).animationName);
      assert(animation === 'none', `flash animation ${animation} under reduced motion`);
      await dark.page.reload();
      await dark.page.waitForSelector('.tab[aria-current=page]', { state: 'attached' });
      assert(await dark.page.evaluate(() => document.documentElement.dataset.theme) === 'projector-light', 'the choice is kept');
      await dark.context.close();
    }],

    ['the first frame of the app is already in the theme and language it opens in (no light flash on a dark page)', async () => {
      // Every frame's animation callback (run before that frame is painted) notes what it would paint.
      const record = () => {
        window.__frames = [];
        const tick = () => {
          if (document.querySelector('.app')) {
            window.__frames.push({
              theme: document.documentElement.dataset.theme ?? null,
              lang: document.documentElement.lang,
              body: getComputedStyle(document.body).backgroundColor,
            });
          }
          if (window.__frames.length < 3) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      };
      const cases = [
        { name: 'dark system', options: { colorScheme: 'dark' }, hash: '', theme: 'dark', lang: 'zh-CN', dark: true },
        { name: 'projector-dark chosen', options: { colorScheme: 'light' }, stored: 'projector-dark', hash: '', theme: 'projector-dark', lang: 'zh-CN', dark: true },
        { name: 'lang=en link', options: { colorScheme: 'light' }, hash: '#view=compare&lang=en', theme: 'light', lang: 'en', dark: false },
      ];
      for (const c of cases) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...c.options });
        if (c.stored) await context.addInitScript((v) => localStorage.setItem('qianwan.theme', v), c.stored);
        await context.addInitScript(record);
        const page = await context.newPage();
        await page.goto(server.url + c.hash);
        await page.waitForFunction(() => window.__frames.length >= 3);
        const frames = await page.evaluate(() => window.__frames);
        const first = frames[0];
        const [r, g, b] = first.body.match(/\d+/g).map(Number);
        assert(first.theme === c.theme && first.lang === c.lang, `${c.name}: first frame ${JSON.stringify(first)}`);
        assert(c.dark ? r + g + b < 200 : r + g + b > 600, `${c.name}: first frame's background ${first.body}`);
        await context.close();
      }
      // Before the app: the wasm held back, a dark system already gets a dark page.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
      const page = await context.newPage();
      let release;
      const held = new Promise((ok) => { release = ok; });
      await page.route(/\.wasm(\.lzma)?$/, async (route) => { await held; await route.continue(); });
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading' && getComputedStyle(document.body).margin === '0px');
      const loading = await page.evaluate(() => ({
        app: !!document.querySelector('.app'),
        body: getComputedStyle(document.body).backgroundColor,
      }));
      release();
      const [r, g, b] = loading.body.match(/\d+/g).map(Number);
      assert(!loading.app && r + g + b < 200, `while loading: ${JSON.stringify(loading)}`);
      await page.waitForSelector('.tab[aria-current=page]', { state: 'attached' });
      await context.close();
    }],

    ['the hosted build works under a sub-path', async () => {
      const sub = await serve(path.join(root, 'dist'), '/some/dir/');
      const { page, context, errors, requests } = await openPage(browser, sub.url);
      assert((await readCanvas(page)).ink > 15000, 'painted');
      assert(requests.every((u) => u.startsWith(sub.url) || u.startsWith('data:')), requests.join(', '));
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
      await sub.close();
    }],

    ['print: a slide is one page with its takeaway on it', async () => {
      const { page, context } = await openPage(browser, `${server.url}#view=present&slide=1`);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      fs.writeFileSync(path.join(out, 'print-slide.pdf'), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert(pages === 1, `${pages} pages`);
      await context.close();
    }],

    ['print: one chart per A4 landscape page, no page chrome', async () => {
      const { page, context } = await openPage(browser, server.url);
      await page.emulateMedia({ media: 'print' });
      const chrome = await page.evaluate(() => ['.top', '.toolbar', '.sources', '.legend'].map((s) => getComputedStyle(document.querySelector(s)).display));
      assert(chrome.every((d) => d === 'none'), `chrome printed: ${chrome}`);
      await page.screenshot({ path: path.join(out, 'print-compare.png') });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      fs.writeFileSync(path.join(out, 'print-compare.pdf'), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert(pages === 1, `${pages} pages`);
      await context.close();
    }],
  ];
}
