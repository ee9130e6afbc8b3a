import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import { readLabelled } from '@/lib/cli/labelled';

/**
 * The three postings issue 11 names, in English, German, French and Spanish:
 * a plain Engineering Manager who does not code is leadership, a tech lead who
 * codes most of the week and leads four engineers is hybrid, a principal
 * engineer with no direct reports is specialist.
 */
const postings = readLabelled(resolve(import.meta.dirname, '../../fixtures/labelled/archetypes.jsonl'));

describe('the clear-cut archetypes in four languages', () => {
  it.each(postings.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    expect(classify(p.posting).roleType).toBe(p.label);
  });
});
