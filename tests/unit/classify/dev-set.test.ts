import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricsOf } from '@/lib/classify/metrics';
import { classify } from '@/lib/classify/role-type';
import { classifyByTitle } from '@/lib/classify/title-baseline';
import { readPostings } from '@/lib/cli/read-postings';
import { roleTypeSchema } from '@/lib/model/role-type';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/labelled');

function labelled(file: string) {
  const path = resolve(FIXTURES, file);
  const rows = readPostings(path, readFileSync(path, 'utf8'), () => {
    throw new Error('no html here');
  });
  return rows.map((r) => ({
    actual: roleTypeSchema.parse(r.raw?.label),
    predicted: classify(r.posting).roleType,
    title: r.posting.title,
  }));
}

describe('the labelled development set', () => {
  it('holds macro-F1 of at least 0.92, far above the title baseline', () => {
    const pairs = labelled('dev-postings.jsonl');
    const model = metricsOf(pairs);
    const baseline = metricsOf(pairs.map((p) => ({ actual: p.actual, predicted: classifyByTitle(p.title) })));
    expect(pairs).toHaveLength(60);
    expect(model.macroF1).toBeGreaterThanOrEqual(0.92);
    expect(model.macroF1 - baseline.macroF1).toBeGreaterThan(0.25);
  });
});

describe('the extra labelled set (other phrasings, German, French and Spanish)', () => {
  it('holds macro-F1 of at least 0.9', () => {
    const pairs = labelled('extra-postings.jsonl');
    expect(pairs.length).toBeGreaterThanOrEqual(20);
    expect(metricsOf(pairs).macroF1).toBeGreaterThanOrEqual(0.9);
  });
});
