/**
 * The extension's icons, rasterised from their SVG drawings in Chromium:
 * `node --import tsx scripts/make-icons.ts`, then commit public/icon/*.png.
 * 16 px has a drawing of its own (assets/icon/icon-16.svg: thicker arms on
 * the pixel grid); 32, 48 and 128 px come from assets/icon/icon.svg. With
 * optipng on the PATH (`apt-get install optipng`) the PNGs are optimised
 * losslessly. Also writes test-results/icons-preview.png: every size on a
 * light and a dark toolbar, to look at before committing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, whyNoChromium } from './chromium';

const ROOT = resolve(import.meta.dirname, '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;
export const iconSource = (size: number) => resolve(ROOT, 'assets/icon', size === 16 ? 'icon-16.svg' : 'icon.svg');
export const iconFile = (size: number) => resolve(ROOT, 'public/icon', `${size}.png`);

const dataUrl = (file: string, type = 'image/svg+xml') => `data:${type};base64,${readFileSync(file).toString('base64')}`;

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(whyNoChromium());
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(resolve(ROOT, 'public/icon'), { recursive: true });
  const optimise = spawnSync('optipng', ['-v'], { stdio: 'ignore' }).status === 0;
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl(iconSource(size))}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: iconFile(size), omitBackground: true });
    if (optimise) spawnSync('optipng', ['-quiet', '-o7', '-strip', 'all', iconFile(size)], { stdio: 'inherit' });
    console.log(`✓ public/icon/${size}.png (${statSync(iconFile(size)).size} B)`);
  }
  if (!optimise) console.log('optipng not found: the PNGs are as Chromium wrote them.');

  // Each size at its own pixels, on Chrome's light and dark toolbars, then magnified 4× to judge the pixels.
  const row = (bg: string) =>
    `<div style="background:${bg};padding:12px;display:flex;gap:16px;align-items:center">${ICON_SIZES.map(
      (s) => `<img src="${dataUrl(iconFile(s), 'image/png')}" width="${s}" height="${s}">`,
    ).join('')}<img src="${dataUrl(iconFile(16), 'image/png')}" width="64" height="64" style="image-rendering:pixelated"></div>`;
  await page.setViewportSize({ width: 420, height: 340 });
  await page.setContent(`<body style="margin:0">${row('#f1f3f4')}${row('#202124')}${row('#35363a')}</body>`);
  mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: resolve(ROOT, 'test-results/icons-preview.png'), fullPage: true });
  console.log('✓ test-results/icons-preview.png');
  await browser.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
