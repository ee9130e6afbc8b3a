import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A browser binary that says what `--version` of a real one says. */
function fakeBrowser(version: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'crossroads-browser-')), 'browser');
  writeFileSync(path, `#!/bin/sh\necho "${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

async function withChromePath(path: string) {
  vi.stubEnv('CHROME_PATH', path);
  vi.resetModules();
  return import('../../../scripts/chromium');
}

describe.skipIf(process.platform === 'win32')('finding a Chromium that can load the extension', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes Chromium and Chrome for Testing from CHROME_PATH', async () => {
    for (const version of ['Chromium 138.0.7204.100 built on Debian', 'Google Chrome for Testing 139.0.7258.66']) {
      const path = fakeBrowser(version);
      expect((await withChromePath(path)).findChromium()).toBe(path);
    }
  });

  it('refuses branded Google Chrome 137 and later, saying why and what to install instead', async () => {
    const m = await withChromePath(fakeBrowser('Google Chrome 139.0.7258.66'));
    expect(m.findChromium()).toBeUndefined();
    expect(m.whyNoChromium()).toMatch(/Google Chrome 137 or later, which ignores --load-extension/);
    expect(m.whyNoChromium()).toMatch(/Chromium .*Chrome for Testing/);
  });

  it('still takes branded Chrome before 137, which loads extensions from the command line', async () => {
    const path = fakeBrowser('Google Chrome 136.0.7103.113');
    expect((await withChromePath(path)).findChromium()).toBe(path);
  });

  it('names a CHROME_PATH that does not exist', async () => {
    const m = await withChromePath('/nowhere/chrome');
    expect(m.findChromium()).toBeUndefined();
    expect(m.whyNoChromium()).toMatch(/^CHROME_PATH is \/nowhere\/chrome, which does not exist/);
  });
});
