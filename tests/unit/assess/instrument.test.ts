import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coachingFor } from '@/lib/assess/coaching';
import {
  ALL_ITEMS,
  currentAnswers,
  INSTRUMENT_VERSION,
  ITEMS,
  instrumentVersionOf,
  itemsOf,
  RETIRED_ITEMS,
} from '@/lib/assess/instrument';
import { dimensionScore, scoreAnswers } from '@/lib/assess/score';
import { classify } from '@/lib/classify/role-type';
import { parseExport } from '@/lib/db/backup';
import { saveProfile } from '@/lib/db/profiles';
import { fitOf } from '@/lib/fit/score';
import { EN } from '@/lib/i18n/en';
import { sayPhrase } from '@/lib/i18n/words';
import { answersSchema, PROFILE_DIMENSIONS } from '@/lib/model/profile';
import { postingOf, SENTENCES } from '../fit/postings';
import { freshDb } from '../helpers';

const english = (key: string) => (EN as Record<string, string>)[key] ?? '';

describe('the statements', () => {
  it('each ask one thing, in a short first-person sentence', () => {
    for (const item of ITEMS) {
      const text = english(item.text);
      expect(text, item.id).toMatch(/^(I|I’m|Once I|Long|Days|Several|Keeping|A stable)\b/);
      // Two things joined, or weighed against each other, are two questions.
      expect(text, item.id).not.toMatch(/\b(and|or|nor)\b|,|\bmore than\b|\brather than\b|\bover\b|\bnot a\b/);
      expect(text.split(/\s+/).length, item.id).toBeLessThanOrEqual(13);
    }
  });

  it('measure every dimension with three statements, one of them reverse-keyed', () => {
    for (const dim of PROFILE_DIMENSIONS) {
      const items = ITEMS.filter((i) => i.dimension === dim);
      expect(items, dim).toHaveLength(3);
      expect(
        items.filter((i) => i.reverse),
        dim,
      ).toHaveLength(1);
    }
  });

  it('take well under four minutes to answer', () => {
    // Reading at 200 words a minute, and four seconds to choose an answer; the five-year choice and its options as much again.
    const words = ITEMS.reduce((n, i) => n + english(i.text).split(/\s+/).length, 0);
    const seconds = (words / 200) * 60 + ITEMS.length * 4 + 30;
    expect(seconds).toBeLessThan(240);
  });

  it('give a changed statement a new id: no id means two things across versions', () => {
    expect(INSTRUMENT_VERSION).toBe(2);
    const ids = ALL_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of RETIRED_ITEMS) expect(english(item.text), item.id).not.toBe('');
  });
});

describe('profiles taken with the first instrument', () => {
  const file = readFileSync(resolve(import.meta.dirname, 'old-profiles/v1-specialist-leaning.json'), 'utf8');
  const profiles = parseExport(file).profiles;
  const latest = profiles[profiles.length - 1];
  if (!latest) throw new Error('the old profile file is empty');

  it('still load, and score as they did when they were taken', () => {
    expect(latest.instrumentVersion).toBe(1);
    expect(instrumentVersionOf(latest.answers)).toBe(1);
    const again = scoreAnswers(latest.answers);
    for (const dim of PROFILE_DIMENSIONS) expect(again.dimensions[dim], dim).toBeCloseTo(latest.result.dimensions[dim], 6);
    expect(again.completeness).toBe(1);
    expect(again.path).toBe(latest.result.path);
    expect(itemsOf(1).every((i) => latest.answers.items[i.id] !== undefined)).toBe(true);
  });

  it('quote the statements as they were asked in their fit reasons and results', () => {
    const fit = fitOf(classify(postingOf('Engineering Manager', [...SENTENCES.lead, SENTENCES.notHandsOn[0]])), latest);
    for (const r of fit.reasons) if (r.answer) expect(sayPhrase(r.answer), r.claim.key).not.toMatch(/item[A-Z]/);
    const c = coachingFor(latest, profiles[0]);
    expect(c.clear).toBe(true);
    expect(c.change).toMatch(/since /);
  });

  it('are kept as version 1 when synced from an older browser, and a draft begun before the update keeps only today’s statements', async () => {
    const db = freshDb();
    const old = await saveProfile(db, latest.answers, 5);
    expect(old.instrumentVersion).toBe(1);
    expect(old.result.completeness).toBe(1);
    const mixed = answersSchema.parse({
      items: { ...latest.answers.items, ...Object.fromEntries(ITEMS.map((i) => [i.id, 4])) },
      fiveYear: 'expert',
    });
    const upgraded = await saveProfile(db, mixed, 6);
    expect(upgraded.instrumentVersion).toBe(2);
    expect(Object.keys(upgraded.answers.items).sort()).toEqual(ITEMS.map((i) => i.id).sort());
    expect(dimensionScore(upgraded.answers, 'strategicScope')).toBe(dimensionScore(currentAnswers(mixed), 'strategicScope'));
  });
});
