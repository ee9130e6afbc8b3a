import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { fold } from '@/lib/saved/fold';
import { type PostingQuery, queryRows, toRows } from '@/lib/saved/query';
import { storedPosting } from '../helpers';

function record(title: string, company: string, locations: string[], notes = ''): PostingRecord {
  const { site, description, ...posting } = storedPosting({
    title,
    company,
    locations,
    url: `https://job-boards.greenhouse.io/acme/jobs/${title.length}`,
  });
  return {
    id: `${site}|${title}`,
    site,
    posting,
    classification: classify({ title: posting.title, description }),
    status: 'saved',
    notes,
    fit: null,
    questions: [],
    firstSeenAt: 1,
    seenAt: 1,
    editedAt: 1,
    updatedAt: 1,
  };
}

/** Built in each test: the classifier speaks through i18n, which the setup answers per test. */
const rows = () =>
  toRows([
    record('Leiter Softwareentwicklung', 'Bäckerei Müller GmbH', ['München']),
    record('Staff Engineer', 'Søren & Co', ['Zürich'], 'Ask about the Straße office'),
    record('Chef de projet', 'Société Générale', ['Paris']),
  ]);

const search = (text: string): string[] => {
  const q: PostingQuery = { search: text, roleTypes: [], bands: [], statuses: [], sort: { key: 'title', dir: 'asc' } };
  return queryRows(rows(), q).map((r) => r.record.posting.title);
};

describe('searching the saved postings', () => {
  it('ignores accents both ways: "munchen" finds München, "société" finds Société', () => {
    expect(search('munchen')).toEqual(['Leiter Softwareentwicklung']);
    expect(search('München')).toEqual(['Leiter Softwareentwicklung']);
    expect(search('societe')).toEqual(['Chef de projet']);
    expect(search('zurich')).toEqual(['Staff Engineer']);
  });

  it('ignores case, and spells out letters that do not decompose (ß, ø)', () => {
    expect(search('MULLER bäckerei')).toEqual(['Leiter Softwareentwicklung']);
    expect(search('soren')).toEqual(['Staff Engineer']);
    expect(search('strasse')).toEqual(['Staff Engineer']);
  });

  it('needs every word: one that matches nothing leaves nothing', () => {
    expect(search('munchen paris')).toEqual([]);
    expect(search('  ')).toHaveLength(3);
  });

  it('folds the way the haystack is folded', () => {
    expect(fold('Ærø ŁÓDŹ')).toBe('aero lodz');
  });
});
