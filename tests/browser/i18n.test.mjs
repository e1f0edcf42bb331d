// Chinese and English: the toggle, the choice kept and linked, and no string left in the other language.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitForPaints, assert, VIEW_KEYS } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'out');

export const VIEWS = VIEW_KEYS;

/**
 * Every text node and every read-aloud attribute outside an element marked as another language
 * (quotes, article text and titles are Chinese on purpose, with lang="zh-CN").
 * English: no Chinese character. Chinese: no Latin word but a few technical names.
 */
export function untranslated(page) {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const english = pageLang.startsWith('en');
    const ownLang = (el) => (el.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang;
    const han = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
    const allowed = new Set(['PNG', 'SVG', 'CSV', 'JSON', 'Esc', 'PageDown', 'PageUp', 'OCR', 'grain']);
    const wrong = (text) => {
      if (english) return han.test(text);
      // File names, ids and numbers with letters (000_ff32….txt, 2×) are data, not words.
      const words = text.replace(/[\w.-]*\d[\w.-]*/g, ' ').match(/[A-Za-z]{2,}/g) ?? [];
      return words.some((w) => !allowed.has(w));
    };
    const bad = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName) || !ownLang(el)) continue;
      const text = n.textContent.trim();
      if (text && wrong(text)) bad.push(`${el.tagName.toLowerCase()}.${el.className}: ${text.slice(0, 80)}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (!ownLang(el)) continue;
      for (const a of ['aria-label', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']) {
        const v = el.getAttribute(a);
        if (v && wrong(v)) bad.push(`${el.tagName.toLowerCase()}[${a}]: ${v.slice(0, 80)}`);
      }
    }
    return bad;
  });
}

/** Opens a view in a language with its first mark's tooltip showing, so the walk reads it too. */
export async function openView(browser, server, view, lang, options = {}) {
  const opened = await openPage(browser, `${server.url}#view=${view}&lang=${lang}`, options);
  if (await opened.page.locator('canvas#chart').count()) {
    await opened.page.focus('canvas#chart');
    await opened.page.waitForSelector('#chart-tooltip');
  }
  return opened;
}

export default function tests({ browser, server }) {
  return [
    ['the toggle switches every view to English and back; <html lang> follows', async () => {
      const { page, context, errors } = await openPage(browser, server.url);
      assert(await page.evaluate(() => document.documentElement.lang) === 'zh-CN', 'Chinese by default');
      await page.click('.top .lang-toggle');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await waitForPaints(page, 2);
      assert((await page.locator('h1').innerText()).startsWith('Green Rural Revival Programme'), 'English title');
      assert(new URL(page.url()).hash.includes('lang=en'), `the permalink carries the language: ${page.url()}`);
      const label = await page.locator('canvas#chart').getAttribute('aria-label');
      assert(label.includes('Yanhu District: not reported'), `aria-label: ${label}`);
      await page.screenshot({ path: path.join(out, 'compare-en-1280x800.png') });
      // The walk below can fail: a stray Chinese string in English is found.
      assert((await untranslated(page)).length === 0, 'clean before');
      await page.evaluate(() => document.querySelector('.lede').append(' 未翻译'));
      assert((await untranslated(page)).length === 1, 'a stray Chinese string is reported');
      await page.click('.top .lang-toggle');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      assert((await page.locator('h1').innerText()).startsWith('千万工程'), 'back to Chinese');
      assert(errors.length === 0, errors.join('\n'));
      await context.close();
    }],

    ['the choice is kept on the device and a link carries it to another', async () => {
      const { page, context } = await openPage(browser, server.url);
      await page.click('.top .lang-toggle');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert(await page.evaluate(() => localStorage.getItem('qianwan.lang')) === 'en', 'stored');
      // A new visit without a language in the link opens in the stored language.
      await page.goto(`${server.url}#view=coverage`);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await context.close();
      // A link with lang=en opens in English on a device that never chose.
      const other = await openPage(browser, `${server.url}#view=profile&region=wanrong&lang=en`);
      assert(await other.page.evaluate(() => document.documentElement.lang) === 'en', 'the link wins');
      assert((await other.page.locator('h2.tiles-title').innerText()).includes('Wanrong County'), 'English profile');
      await other.context.close();
    }],

    ['numbers follow the language: million/billion and qualifiers in English, as written in Chinese', async () => {
      const en = await openPage(browser, `${server.url}#view=compare&group=grain_output&lang=en`);
      const items = (await en.page.locator('.source-list li').allInnerTexts()).join('\n');
      assert(items.includes('176 million jin') && items.includes('= 88,000 t'), items);
      assert(items.includes('more than 200,000 t'), `the qualifier is translated, not dropped: ${items}`);
      assert(items.includes('粮食总产量稳定在1.76亿斤'), 'the quote stays Chinese');
      await en.page.goto(`${server.url}#view=compare&group=investment&lang=en`);
      await en.page.waitForFunction(() => document.querySelector('.source-list')?.innerText.includes('billion'));
      await en.context.close();
      const zh = await openPage(browser, `${server.url}#view=compare&group=grain_output&lang=zh`);
      const zhItems = (await zh.page.locator('.source-list li').allInnerTexts()).join('\n');
      assert(zhItems.includes('1.76亿斤') && zhItems.includes('8.8万吨') && zhItems.includes('20万吨以上'), zhItems);
      await zh.context.close();
    }],

    ['every view in both languages has no untranslated string (slides and tooltips included)', async () => {
      for (const lang of ['zh', 'en']) {
        for (const view of VIEWS) {
          const { page, context, errors } = await openView(browser, server, view, lang);
          const bad = await untranslated(page);
          assert(bad.length === 0, `${view} in ${lang}:\n${bad.join('\n')}`);
          if (view === 'present') {
            await page.evaluate(() => document.activeElement?.blur());
            for (let i = 2; i <= 9; i++) {
              await page.keyboard.press('ArrowRight');
              await page.waitForFunction((i) => document.querySelector('[data-testid=slide-counter]')?.textContent.startsWith(`${i} `), i);
              const slideBad = await untranslated(page);
              assert(slideBad.length === 0, `slide ${i} in ${lang}:\n${slideBad.join('\n')}`);
            }
          }
          if (view === 'coverage') {
            await page.click('[data-cell="shangdang:env"]');
            const cellBad = await untranslated(page);
            assert(cellBad.length === 0, `coverage cell in ${lang}:\n${cellBad.join('\n')}`);
          }
          if (lang === 'en') await page.screenshot({ path: path.join(out, `${view}-en.png`) });
          assert(errors.length === 0, errors.join('\n'));
          await context.close();
        }
      }
    }],
  ];
}
