import { describe, expect, it } from 'vitest';
import { ITEMS, READINESS } from '@/lib/assess/instrument';
import { scoreAnswers } from '@/lib/assess/score';
import { adoptable, SYNC_ITEM_QUOTA, toSyncPayload } from '@/lib/assess/sync';
import { answersSchema, type ProfileSnapshot } from '@/lib/model/profile';

function snapshot(createdAt: number, reflection = ''): ProfileSnapshot {
  const answers = answersSchema.parse({
    items: Object.fromEntries(ITEMS.map((i) => [i.id, 5])),
    readiness: Object.fromEntries(READINESS.map((r) => [r.id, true])),
    reflections: { q1: reflection, q2: reflection, q3: reflection, q4: reflection },
    fiveYear: 'both',
    fiveYearNote: 'n'.repeat(2000),
  });
  return { createdAt, instrumentVersion: 1, answers, result: scoreAnswers(answers) };
}

describe('profile sync', () => {
  it('fits the sync quota even with the longest answers, leaving reflections behind', () => {
    const payload = toSyncPayload(snapshot(1, 'r'.repeat(4000)));
    const bytes = new TextEncoder().encode(JSON.stringify({ crossroadsProfile: payload })).length;
    expect(bytes).toBeLessThan(SYNC_ITEM_QUOTA);
    expect(JSON.stringify(payload)).not.toContain('rrrr');
  });

  it('carries no free text: not the reflections, not the five-year note, whatever the user wrote', () => {
    const payload = toSyncPayload(snapshot(1, 'my own reflection'));
    const sent = JSON.stringify(payload);
    expect(sent).not.toContain('my own reflection');
    expect(sent).not.toContain('nnnn');
    expect(Object.keys(payload.answers).sort()).toEqual(['fiveYear', 'items', 'readiness']);
    // Every string that travels is an answer key or a choice, never prose.
    const strings = sent.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(strings.filter((s) => /\s/.test(s))).toEqual([]);
  });

  it('reads a version 1 payload from an older browser, leaving its five-year note behind', () => {
    const old = {
      v: 1,
      createdAt: 300,
      answers: { items: { pl1: 4 }, readiness: {}, fiveYear: 'both', fiveYearNote: 'Lead a lab' },
    };
    const adopted = adoptable(old, snapshot(100));
    expect(adopted).toMatchObject({ v: 2, createdAt: 300, answers: { items: { pl1: 4 }, fiveYear: 'both' } });
    expect(JSON.stringify(adopted)).not.toContain('Lead a lab');
  });

  it('adopts a synced profile only when it is newer and well-formed', () => {
    const local = snapshot(100);
    expect(adoptable(toSyncPayload(snapshot(200)), local)?.createdAt).toBe(200);
    expect(adoptable(toSyncPayload(snapshot(50)), local)).toBeNull();
    expect(adoptable({ v: 1, createdAt: 300, answers: { items: { pl1: 9 } } }, local)).toBeNull();
    expect(adoptable(undefined, undefined)).toBeNull();
  });
});
