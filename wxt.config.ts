import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { JOB_SITES } from './lib/extract/job-sites';
import { JOBS_SCRIPT } from './lib/page/script-path';
import { zodWithoutEval } from './scripts/zod-without-eval';

/**
 * The add-on's id on addons.mozilla.org, for ever once published: it names the
 * extension and claims no domain (an address at a domain we do not hold would
 * be a promise we cannot keep; .example is the reserved placeholder).
 */
export const GECKO_ID = 'crossroads@career-crossroads';

/**
 * Site readers: entrypoints/site-reader.ts is built once per site of
 * lib/extract/job-sites.ts, each build with 'crossroads:site-reader' pointing
 * at that site's reader, into content-scripts/site-<reader>.js. Each site's
 * manifest entry injects its reader, then the job-site content script, so a
 * page carries only its own site's reader (see scripts/check-budgets.ts).
 */
const SITE_READER_ALIAS = 'crossroads:site-reader';
const SITE_READER_PREFIX = 'site-';
const readerFile = (reader: string) => resolve(import.meta.dirname, `lib/extract/adapters/${reader}.ts`);
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const readerScript = (reader: string) => `content-scripts/${SITE_READER_PREFIX}${reader}.js`;

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: storage for the profile and postings, activeTab +
    // scripting for "Analyze this page" on a site we do not match. Job sites
    // are reached through content-script matches, not host permissions.
    // Firefox also holds `alarms` for the check-in reminder: it does not accept it as optional, and grants it
    // without a prompt or an install warning (it only lets the extension wake itself at a time it set).
    // Test build only (`--mode everysite`): the reminder's grants, which a headless browser cannot click.
    permissions: ['storage', 'activeTab', 'scripting'].concat(
      browser === 'firefox' ? ['alarms'] : [],
      mode === 'everysite' ? ['alarms', 'notifications'] : [],
    ),
    // Asked for only when the user turns on the check-in reminder (lib/messages/channel.ts).
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
    // Asked for only when the user turns on "detect postings on every site".
    optional_host_permissions: ['*://*/*'],
    // Rasterised from assets/icon/*.svg by scripts/make-icons.ts (16 px has its own drawing).
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    // The badge and its panel are extension pages the content script frames
    // into the page, so nothing the user told Crossroads enters the page's DOM
    // or process (docs/PRIVACY.md). Only these two documents are exposed; in
    // Chrome only under an id that changes every session, so a page cannot
    // probe for the extension or frame them itself. Firefox's moz-extension
    // id is already random per install and it has no such key.
    web_accessible_resources: [
      {
        resources: ['badge.html', 'panel.html'],
        matches: ['*://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Firefox's keys only in Firefox's manifest: Chrome warns about keys it does not know.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // Firefox's data-collection declaration: nothing leaves the machine (docs/PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // Test build only (`wxt build --mode activetab`, written to .output/chrome-mv3-activetab):
    // a headless browser cannot click the toolbar button that grants activeTab, so
    // this build holds the grant for one test host instead. Never shipped.
    ...(mode === 'activetab' ? { host_permissions: ['*://careers.pinecrest.example/*'] } : {}),
    // Test build only (`wxt build --mode everysite`): holds the every-site grant
    // the user would give from the popup, which a headless browser cannot click.
    ...(mode === 'everysite' ? { host_permissions: ['*://*/*'] } : {}),
  }),
  // Extension pages load their own chunks; Vite's modulepreload polyfill would add
  // the build's only fetch() call, and a privacy test scans the build for none.
  vite: () => ({
    build: { modulePreload: { polyfill: false } },
    // No `Function(` in the bundles: zod's code generator is left out (scripts/zod-without-eval.ts).
    plugins: [zodWithoutEval()],
    // For WXT's reading of the entrypoint's options; each site-reader build points it at its own site.
    resolve: { alias: { [SITE_READER_ALIAS]: readerFile('greenhouse') } },
  }),
  hooks: {
    // One site-reader build per site, from the one template.
    'entrypoints:found': (_wxt, infos) => {
      const at = infos.findIndex((e) => e.name === 'site-reader');
      const [template] = at >= 0 ? infos.splice(at, 1) : [];
      if (!template) return;
      for (const site of JOB_SITES)
        infos.push({ ...template, name: `${SITE_READER_PREFIX}${site.reader}`, type: 'unlisted-script' });
    },
    // Site readers and the job-site content script go beside the other content scripts' output.
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const entry of entrypoints) {
        if (entry.type === 'unlisted-script' && (entry.name.startsWith(SITE_READER_PREFIX) || entry.name === 'jobs'))
          entry.outputDir = resolve(wxt.config.outDir, 'content-scripts');
      }
    },
    // One entry per site: its reader first, then the content script (the order the manifest guarantees).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        ...JOB_SITES.map((site) => ({
          matches: [...site.matches],
          ...(site.excludes ? { exclude_matches: [...site.excludes] } : {}),
          js: [readerScript(site.reader), JOBS_SCRIPT],
          run_at: 'document_idle' as const,
        })),
      ];
    },
    // The job-site content script runs on every posting page, so it carries no
    // polyfill (10 kB): it only sends runtime messages, which both Chrome and
    // Firefox answer with promises natively. Pages and the background keep it.
    // A site-reader build reads its own site's reader.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const [only] = entrypoints;
      const site = entrypoints.length === 1 && only?.name.startsWith(SITE_READER_PREFIX) ? only.name : undefined;
      if (!site && !entrypoints.every((e) => e.type === 'content-script' || e.name === 'jobs')) return;
      viteConfig.resolve ??= {};
      const alias = site
        ? { find: SITE_READER_ALIAS, replacement: readerFile(site.slice(SITE_READER_PREFIX.length)) }
        : { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const current = viteConfig.resolve.alias;
      viteConfig.resolve.alias = Array.isArray(current)
        ? [alias, ...current]
        : [alias, ...Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))];
    },
  },
  // Keep Firefox on MV3 too so both builds share one permission model.
  manifestVersion: 3,
  webExt: { disabled: true },
});
