import { describe, expect, it } from 'vitest';
import { parseLenientJson } from '@/lib/extract/lenient-json';

/** A JobPosting block broken the way sites break them: raw newlines in strings, a trailing comma. */
const broken = (title: string, size: number) =>
  `{"@type": "JobPosting", "title": "${title}", "description": "${'Line of text\n'.repeat(size / 13)}",}`;

describe('lenient JSON', () => {
  it('repairs a broken block', () => {
    expect(parseLenientJson(broken('Nurse Lead', 200))).toMatchObject({ '@type': 'JobPosting', title: 'Nurse Lead' });
  });

  it('repairs a large block once: the next detection of the same content gets the same value back', () => {
    // A fresh copy of the text each time, as textContent gives the page's text anew on every read.
    const first = parseLenientJson(`${broken('Large', 200_000)} `.trim());
    const again = parseLenientJson(`${broken('Large', 200_000)} `.trim());
    expect(first).toMatchObject({ title: 'Large' });
    expect(again).toBe(first);
  });

  it('remembers blocks it could not read as well', () => {
    const hopeless = `{"@type": "JobPosting", "title": ${'['.repeat(5000)}`;
    expect(parseLenientJson(hopeless)).toBeUndefined();
    expect(parseLenientJson(hopeless)).toBeUndefined();
  });

  it('keeps a bounded number of outcomes, so a page cannot grow the cache without end', () => {
    const firstValue = parseLenientJson(broken('Evicted', 5_000));
    for (let i = 0; i < 40; i++) parseLenientJson(broken(`Other ${i}`, 5_000));
    const reread = parseLenientJson(broken('Evicted', 5_000));
    expect(reread).toEqual(firstValue);
    expect(reread).not.toBe(firstValue);
  });
});
