import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome-mv3', 'firefox-mv3'].filter((d) => existsSync(resolve(ROOT, '.output', d)));

/** eval in any of its spellings: `Function(…)`, `new Function`, Function held in a variable to call later, eval(…). */
const EVAL = /\bFunction\s*\(|\bnew\s+Function\b|=\s*Function\s*[,;)]|(?<![\w.$])eval\s*\(/;

describe.each(BUILDS)('the %s build', (dir) => {
  const out = resolve(ROOT, '.output', dir);
  const files = readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'));

  it('holds no eval, not even zod’s probe for it (scripts/zod-without-eval.ts)', () => {
    expect(files.length).toBeGreaterThan(3);
    const found = files.flatMap((file) => {
      const code = readFileSync(resolve(out, file), 'utf8');
      const at = code.search(EVAL);
      return at < 0 ? [] : [`${file}: …${code.slice(Math.max(0, at - 60), at + 40)}…`];
    });
    expect(found).toEqual([]);
  });
});

describe('the views', () => {
  it('never set HTML from a string (React’s innerHTML path stays unused: docs/STORE.md)', () => {
    const sources = ['components', 'entrypoints', 'hooks', 'lib']
      .flatMap((d) => readdirSync(resolve(ROOT, d), { recursive: true }).map((f) => `${d}/${String(f)}`))
      .filter((f) => /\.tsx?$/.test(f));
    expect(sources.filter((f) => /dangerouslySetInnerHTML/.test(readFileSync(resolve(ROOT, f), 'utf8')))).toEqual([]);
  });
});
