import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricsOf } from '@/lib/classify/metrics';
import { classify } from '@/lib/classify/role-type';
import { classifyByTitle } from '@/lib/classify/title-baseline';
import { readPostings } from '@/lib/cli/read-postings';
import { roleTypeSchema } from '@/lib/model/role-type';

const FILE = resolve(import.meta.dirname, '../../fixtures/labelled/dev-postings.jsonl');

describe('the labelled development set', () => {
  const rows = readPostings(FILE, readFileSync(FILE, 'utf8'), () => {
    throw new Error('no html here');
  });
  const pairs = rows.map((r) => ({
    actual: roleTypeSchema.parse(r.raw?.label),
    predicted: classify(r.posting).roleType,
    title: r.posting.title,
  }));

  it('holds macro-F1 of at least 0.92, far above the title baseline', () => {
    const model = metricsOf(pairs);
    const baseline = metricsOf(pairs.map((p) => ({ actual: p.actual, predicted: classifyByTitle(p.title) })));
    expect(rows).toHaveLength(60);
    expect(model.macroF1).toBeGreaterThanOrEqual(0.92);
    expect(model.macroF1 - baseline.macroF1).toBeGreaterThan(0.25);
  });
});
