/**
 * A Vite plugin that builds zod without its code generator. zod compiles fast
 * parsers with `new Function` when it may; the extension configures it
 * jitless (lib/model/zod.ts), so that code never runs, but it is still
 * bundled, and store reviewers scan bundles for `Function(`. Here the probe
 * answers "no eval" outright and the generator is gone, so neither is in the
 * build. If zod's code changes shape, the build fails here rather than ship
 * the probe again (tests/e2e/no-eval.test.ts scans the bundles too).
 */
import type { Plugin } from 'vite';

interface Cut {
  file: RegExp;
  /** The code to replace, from its first line to its end. */
  from: RegExp;
  to: string;
}

const CUTS: Cut[] = [
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    from: /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/,
    to: 'export const allowsEval = /* @__PURE__*/ cached(() => false);',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    from: /compile\(\) \{\n\s*const F = Function;[\s\S]*?\n {4}\}/,
    to: 'compile() {\n        throw new Error("zod: code generation is not built into Crossroads");\n    }',
  },
];

export function zodWithoutEval(): Plugin {
  return {
    name: 'crossroads:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const cut = CUTS.find((c) => c.file.test(id.replace(/\?.*$/, '')));
      if (!cut) return null;
      if (!cut.from.test(code)) this.error(`zod-without-eval: ${id} no longer has the code this plugin removes; look again`);
      return { code: code.replace(cut.from, cut.to), map: null };
    },
  };
}
