import { describe, expect, it } from 'vitest';
import { matchAtClauseStart } from '@/lib/classify/read/findings';
import { ALL_RULES } from '@/lib/classify/rules';
import { lowerText } from '@/lib/classify/text/pattern';
import { EN } from '@/lib/i18n/en';

/**
 * Every rule is data with sentences it must fire on and near misses it must
 * not (the way refined-github's build/features.test.ts holds its features):
 * a rule changed so that an example stops matching, or a near miss starts to,
 * fails here by its id.
 */
describe('the classifier rules', () => {
  it('have unique ids, words in the catalogue, and at least two examples and one near miss each', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id.startsWith(`${r.lang}.`), r.id).toBe(true);
      expect(EN[r.explain], `${r.id} explains with ${r.explain}`).toBeTypeOf('string');
      expect(r.examples.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.nearMisses.length, r.id).toBeGreaterThanOrEqual(1);
    }
  });

  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      const fires = (s: string) => {
        const text = lowerText(s);
        if (rule.atClauseStart) return matchAtClauseStart(rule, text) !== null;
        rule.re.lastIndex = 0;
        const m = rule.re.exec(text);
        return (
          m !== null &&
          (!rule.read || rule.read(m, { before: s.slice(0, m.index), after: s.slice(m.index + m[0].length) }) !== null)
        );
      };
      it.each(rule.examples)('fires on %j', (s) => expect(fires(s)).toBe(true));
      it.each(rule.nearMisses)('does not fire on %j', (s) => expect(fires(s)).toBe(false));
    });
  }
});
