import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOB_SITE_MATCHES, JOB_SITES } from '../../lib/extract/job-sites';
import { GECKO_ID } from '../../wxt.config';

const OUT = resolve(import.meta.dirname, '../../.output');

function manifest(dir: string): Record<string, unknown> {
  const path = resolve(OUT, dir, 'manifest.json');
  if (!existsSync(path))
    throw new Error(`${path} is missing: build first (npm run build${dir.startsWith('firefox') ? ':firefox' : ''})`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe.each(['chrome-mv3', ...(existsSync(resolve(OUT, 'firefox-mv3')) ? ['firefox-mv3'] : [])])(
  'the built %s manifest',
  (dir) => {
    const m = manifest(dir);

    it('is MV3 and asks for nothing beyond storage, activeTab and scripting (and in Firefox alarms, which it will not take as optional)', () => {
      expect(m.manifest_version).toBe(3);
      expect([...((m.permissions as string[]) ?? [])].sort()).toEqual(
        dir.startsWith('firefox') ? ['activeTab', 'alarms', 'scripting', 'storage'] : ['activeTab', 'scripting', 'storage'],
      );
      expect(m.host_permissions ?? []).toEqual([]);
    });

    it('reaches every site, and reminds the user to check in, only through optional permissions asked for when the user turns them on', () => {
      expect(m.optional_host_permissions).toEqual(['*://*/*']);
      expect([...((m.optional_permissions as string[]) ?? [])].sort()).toEqual(
        dir.startsWith('firefox') ? ['notifications'] : ['alarms', 'notifications'],
      );
    });

    it('runs its content script on the listed job sites and nowhere else, each site with its own reader first', () => {
      type Entry = { matches: string[]; exclude_matches?: string[]; js: string[] };
      const scripts = m.content_scripts as Entry[];
      expect(scripts).toHaveLength(JOB_SITES.length);
      expect(scripts.flatMap((s) => s.matches).sort()).toEqual([...JOB_SITE_MATCHES].sort());
      for (const site of JOB_SITES) {
        const entry = scripts.find((s) => s.js[0] === `content-scripts/site-${site.reader}.js`);
        expect(entry?.matches, site.reader).toEqual(site.matches);
        expect(entry?.exclude_matches ?? [], site.reader).toEqual(site.excludes ?? []);
        // The reader runs first and hands its reading to the content script, in the same world.
        expect(entry?.js, site.reader).toEqual([`content-scripts/site-${site.reader}.js`, 'content-scripts/jobs.js']);
        expect(existsSync(resolve(OUT, dir, `content-scripts/site-${site.reader}.js`)), site.reader).toBe(true);
      }
      expect(JSON.stringify(scripts)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\//);
      // No WXT content-script wrapper: it would announce the script to every page (lib/page/lifecycle.ts).
      expect(readFileSync(resolve(OUT, dir, 'content-scripts/jobs.js'), 'utf8')).not.toMatch(/postMessage|dispatchEvent/);
    });

    it('exposes to pages only the badge and panel frames (in Chrome under a per-session id), and loosens no security policy', () => {
      const exposed = m.web_accessible_resources as Array<{ resources: string[]; use_dynamic_url?: boolean }>;
      expect(exposed).toHaveLength(1);
      expect(exposed[0]?.resources).toEqual(['badge.html', 'panel.html']);
      if (dir.startsWith('chrome')) expect(exposed[0]?.use_dynamic_url).toBe(true);
      expect(m.externally_connectable).toBeUndefined();
      expect(m.content_security_policy).toBeUndefined();
    });

    it('carries its own browser’s keys only: Firefox’s id and data-collection declaration, none of them for Chrome', () => {
      const gecko = (m.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
      if (dir.startsWith('chrome')) expect(m.browser_specific_settings).toBeUndefined();
      else {
        expect(gecko?.id).toBe(GECKO_ID);
        expect(gecko?.id).toMatch(/^[a-z0-9-._]+@[a-z0-9-._]+$/i);
        expect(String(gecko?.id)).not.toMatch(/\.example$|\.invalid$|\.test$|localhost/);
        expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      }
    });

    it('takes its version from package.json', () => {
      const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
      expect(m.version).toBe(pkg.version);
    });

    it('has its icon at 16, 32, 48 and 128 px, in the toolbar too, each a PNG of that size', () => {
      const icons = m.icons as Record<string, string>;
      expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
      expect((m.action as { default_icon?: unknown }).default_icon).toEqual(icons);
      for (const [size, file] of Object.entries(icons)) {
        const png = readFileSync(resolve(OUT, dir, file));
        // The PNG signature, then IHDR's width and height (big-endian) at bytes 16 and 20.
        expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
      }
    });
  },
);
