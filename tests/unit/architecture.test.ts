import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import rules of docs/ARCHITECTURE.md, kept by a test: each part names
 * the parts and packages it may import. Type-only imports count too, bar the
 * content script's closure, where only what is bundled matters.
 */
const RULES: Record<string, { parts: string[]; packages?: string[] }> = {
  'lib/model': { parts: [], packages: ['zod'] },
  'lib/extract': { parts: ['lib/model'] },
  'lib/classify': { parts: ['lib/model', 'lib/i18n'] },
  'lib/assess': { parts: ['lib/model', 'lib/i18n'] },
  'lib/fit': { parts: ['lib/model', 'lib/assess', 'lib/i18n'] },
  'lib/saved': { parts: ['lib/model'] },
  'lib/messages': { parts: ['lib/model', 'lib/i18n'], packages: ['wxt/browser'] },
  'lib/i18n': { parts: [] },
  'lib/page': { parts: ['lib/extract', 'lib/messages', 'lib/model', 'lib/i18n'] },
  'lib/frames': { parts: ['lib/messages', 'lib/model', 'lib/i18n'] },
  'lib/db': { parts: ['lib/model', 'lib/assess', 'lib/i18n'], packages: ['dexie'] },
  'lib/background': { parts: ['lib/extract', 'lib/classify', 'lib/fit', 'lib/db', 'lib/messages', 'lib/model'] },
  'lib/cli': { parts: ['lib/extract', 'lib/model', 'lib/i18n'], packages: ['linkedom'] },
  components: { parts: ['lib/model', 'lib/i18n', 'lib/assess', 'lib/saved'], packages: ['react', 'react-dom'] },
  hooks: {
    parts: ['components', 'lib/db', 'lib/fit', 'lib/assess', 'lib/messages', 'lib/model', 'lib/i18n'],
    packages: ['react'],
  },
};

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => `${dir}/${f}`);
}

function importsOf(file: string): Edge[] {
  const code = readFileSync(resolve(ROOT, file), 'utf8');
  return [...code.matchAll(IMPORT)].map((m) => {
    const spec = m[3] ?? '';
    const to = spec.startsWith('.')
      ? relative(ROOT, resolve(ROOT, dirname(file), spec))
      : spec.startsWith('@/')
        ? spec.slice(2)
        : spec;
    return { from: file, to: to.replace(/\?.*$/, ''), typeOnly: Boolean(m[2]) };
  });
}

const partOf = (path: string) => Object.keys(RULES).find((p) => path === p || path.startsWith(`${p}/`));
const isPackage = (spec: string) => !/^(lib|components|hooks|entrypoints|scripts|cli|tests)\//.test(spec);

function resolveFile(path: string): string | undefined {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`]) {
    try {
      readFileSync(resolve(ROOT, candidate));
      if (/\.tsx?$/.test(candidate)) return candidate;
    } catch {}
  }
  return undefined;
}

describe('architecture', () => {
  it('each part imports only what docs/ARCHITECTURE.md allows', () => {
    const broken: string[] = [];
    for (const part of Object.keys(RULES)) {
      const rule = RULES[part] as (typeof RULES)[string];
      for (const file of sourcesUnder(part)) {
        for (const edge of importsOf(file)) {
          if (edge.to.startsWith('node:')) continue;
          if (isPackage(edge.to)) {
            const allowed = (rule.packages ?? []).some((p) => edge.to === p || edge.to.startsWith(`${p}/`));
            if (!allowed) broken.push(`${file} imports the package ${edge.to}`);
            continue;
          }
          const target = partOf(edge.to);
          if (target !== part && !(target && rule.parts.includes(target))) broken.push(`${file} imports ${edge.to}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('the content script and the site readers beside it bundle no HTML-to-text, zod, Dexie or React', () => {
    const seen = new Set<string>();
    // Each site reader's script is entrypoints/site-reader.ts built with one of the adapters (wxt.config.ts).
    const stack = ['entrypoints/jobs.ts', 'entrypoints/site-reader.ts', ...sourcesUnder('lib/extract/adapters')];
    const packages = new Set<string>();
    while (stack.length > 0) {
      const file = stack.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const edge of importsOf(file)) {
        if (edge.typeOnly) continue;
        if (isPackage(edge.to)) packages.add(edge.to);
        else {
          const next = resolveFile(edge.to);
          if (next) stack.push(next);
        }
      }
    }
    expect(seen.has('lib/page/detector.ts')).toBe(true);
    expect(seen.has('lib/extract/main-content.ts')).toBe(true);
    expect([...seen].filter((f) => /html-text|normalize|lib\/model\/zod|lib\/db\//.test(f))).toEqual([]);
    // What the frames show (labels, fit, reasons) is built in the frames only, never in the page's script.
    expect([...seen].filter((f) => /^(lib\/frames|components|lib\/fit|lib\/classify)\//.test(f))).toEqual([]);
    expect([...packages].filter((p) => /^(zod|dexie|react)/.test(p))).toEqual([]);
  });
});
