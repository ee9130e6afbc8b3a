import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');

describe('the built extension', () => {
  const files = readdirSync(OUT, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'));

  it('contains no code that talks to the network and loads no remote code', () => {
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(resolve(OUT, file), 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource|importScripts\(/);
      expect(code, file).not.toMatch(/https?:\/\/[^"'`\s]*\.(?:js|mjs)\b/);
    }
  });

  it('holds no analytics or tracking endpoints', () => {
    for (const file of files) {
      const code = readFileSync(resolve(OUT, file), 'utf8');
      expect(code, file).not.toMatch(
        /google-analytics|googletagmanager|segment\.io|mixpanel|amplitude|sentry\.io|posthog|hotjar/i,
      );
    }
  });
});
