import { describe, expect, it } from 'vitest';
import { cleanCompany } from '@/lib/extract/company-name';
import { normalizePosting } from '@/lib/extract/normalize';
import type { PagePosting } from '@/lib/model/posting';

const page = (over: Partial<PagePosting>): PagePosting => ({
  id: '',
  url: 'https://jobs.example.com/1',
  title: 'Engineering Manager',
  company: 'Acme',
  locations: [],
  employmentType: '',
  datePosted: '',
  remote: false,
  salary: '',
  description: '<p>Lead a team of six engineers.</p>',
  source: 'json-ld',
  confidence: 0.95,
  ...over,
});

describe('making a posting plain text', () => {
  it('strips every tag from a title, even one the HTML converter does not know', () => {
    expect(normalizePosting(page({ title: 'Director of Finance <img src=x onerror=alert(1)>' }))?.title).toBe(
      'Director of Finance',
    );
    expect(normalizePosting(page({ title: 'Director of Finance &lt;img src=x onerror=alert(1)&gt;' }))?.title).toBe(
      'Director of Finance',
    );
    expect(normalizePosting(page({ title: '<b>Nurse</b> <i>Manager</i> <svg onload=alert(1)>' }))?.title).toBe('Nurse Manager');
    // Not a tag: kept.
    expect(normalizePosting(page({ title: 'C++ Engineer (<3 years)' }))?.title).toBe('C++ Engineer (<3 years)');
  });

  it('cleans board labels from company names', () => {
    expect(normalizePosting(page({ company: 'Canonical - Jobs' }))?.company).toBe('Canonical');
    expect(normalizePosting(page({ company: 'Brightwater Components - Careers' }))?.company).toBe('Brightwater Components');
  });
});

describe('company names', () => {
  it.each([
    ['Canonical - Jobs', 'Canonical'],
    ['Canonical – Careers', 'Canonical'],
    ['Canonical | Career Site', 'Canonical'],
    ['Ramp Jobs', 'Ramp'],
    ['1Password Careers', '1Password'],
    ['Careers at Pinecrest Senior Living', 'Pinecrest Senior Living'],
    ['Jobs bei Hafenblick Logistik GmbH', 'Hafenblick Logistik GmbH'],
    ['Carrières chez Lumen Pay', 'Lumen Pay'],
    ['at Brightwater Components', 'Brightwater Components'],
    ['Fieldnote Logo', 'Fieldnote'],
    ['Quillstream logo', 'Quillstream'],
    // Names that only look like labels stay whole.
    ['Careers Wales', 'Careers Wales'],
    ['Jobs & Co', 'Jobs & Co'],
    ['Careers', 'Careers'],
    ['Acme Jobsite Ltd', 'Acme Jobsite Ltd'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanCompany(raw)).toBe(clean);
  });

  it("drops a board's own name when a reader without site knowledge took it for the company", () => {
    expect(cleanCompany('SEEK Australia', { heuristic: true })).toBe('');
    expect(cleanCompany('Jobindex', { heuristic: true })).toBe('');
    expect(cleanCompany('Indeed', { heuristic: false })).toBe('Indeed');
  });
});
