import { defineConfig } from 'wxt';
import { JOB_SITE_MATCHES } from './lib/extract/job-sites';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: storage for the profile and postings, activeTab +
    // scripting for "Analyze this page" on a site we do not match. Job sites
    // are reached through content-script matches, not host permissions.
    permissions: ['storage', 'activeTab', 'scripting'],
    // Asked for only when the user turns on "detect postings on every site".
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    browser_specific_settings: {
      gecko: {
        id: 'crossroads@crossroads.example',
        data_collection_permissions: { required: ['none'] },
      },
    },
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
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // The job-site list goes into the manifest here rather than through
    // defineContentScript, whose options would otherwise be bundled into the
    // content script (0.7 kB it never reads).
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entry of entrypoints)
        if (entry.type === 'content-script' && entry.name === 'jobs') entry.options.matches = [...JOB_SITE_MATCHES];
    },
    // The job-site content script runs on every posting page, so it carries no
    // polyfill (10 kB): it only sends runtime messages, which both Chrome and
    // Firefox answer with promises natively. Pages and the background keep it.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      viteConfig.resolve ??= {};
      const alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
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
