// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractJsonLd } from '@/lib/extract/json-ld';
import { normalizePosting } from '@/lib/extract/normalize';

/** As the user gets it: read in the page, made into text in the background. */
const readJsonLd = (doc: Document, url: string) =>
  extractJsonLd(doc, url)
    .map(normalizePosting)
    .filter((p) => p !== null);

const URL = 'https://jobs.example.com/view/1';
const page = (...blocks: string[]) =>
  new DOMParser().parseFromString(
    `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
    'text/html',
  );
const posting = {
  '@type': 'JobPosting',
  title: 'Data Engineer',
  description: '<p>Build pipelines.</p>',
  hiringOrganization: { name: 'Acme' },
};

describe('JSON-LD postings', () => {
  it('reads a plain JobPosting with its fields', () => {
    const [p] = readJsonLd(
      page(
        JSON.stringify({
          ...posting,
          '@context': 'https://schema.org',
          identifier: { '@type': 'PropertyValue', value: 'R-77' },
          jobLocation: [
            { address: { addressLocality: 'Leeds', addressCountry: 'GB' } },
            { address: { addressLocality: 'York' } },
          ],
          employmentType: ['FULL_TIME', 'CONTRACTOR'],
          jobLocationType: 'TELECOMMUTE',
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'GBP',
            value: { minValue: 50000, maxValue: 60000, unitText: 'YEAR' },
          },
        }),
      ),
      URL,
    );
    expect(p).toMatchObject({
      id: 'R-77',
      title: 'Data Engineer',
      company: 'Acme',
      locations: ['Leeds, GB', 'York'],
      employmentType: 'FULL_TIME, CONTRACTOR',
      remote: true,
      salary: 'GBP 50000–60000 per year',
      description: 'Build pipelines.',
      source: 'json-ld',
    });
  });

  it('finds the posting inside an SEO plugin @graph, a top-level array and an @type array', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'BreadcrumbList' }, posting],
    });
    const array = JSON.stringify([
      { '@type': 'Organization', name: 'Acme' },
      { ...posting, title: 'Second' },
    ]);
    const typeArray = JSON.stringify({ ...posting, '@type': ['Thing', 'JobPosting'], title: 'Third' });
    expect(readJsonLd(page(graph, array, typeArray), URL).map((p) => p.title)).toEqual(['Data Engineer', 'Second', 'Third']);
  });

  it('recovers CDATA wrappers, raw newlines in strings, trailing commas and junk after the value', () => {
    const messy = `//<![CDATA[\n{"@type": "JobPosting", "title": "Nurse\tLead", "description": "Line one\nLine two",}\n//]]>`;
    const junk = `${JSON.stringify({ ...posting, title: 'With junk' })};var x = 1;`;
    const titles = readJsonLd(page(messy, junk), URL).map((p) => p.title);
    expect(titles).toEqual(['Nurse Lead', 'With junk']);
  });

  it('skips a block it cannot read and still reads the others', () => {
    expect(readJsonLd(page('{"@type": "JobPosting", "title": ', JSON.stringify(posting)), URL).map((p) => p.title)).toEqual([
      'Data Engineer',
    ]);
  });

  it('derives a stable id from URL and title when the posting has none', () => {
    const a = readJsonLd(page(JSON.stringify(posting)), `${URL}?utm_source=x`)[0];
    const b = readJsonLd(page(JSON.stringify(posting)), URL)[0];
    expect(a?.id).toMatch(/^u-[0-9a-f]{8}$/);
    expect(a?.id).toBe(b?.id);
  });

  it('ends on absurdly deep JSON without throwing', () => {
    const deep = `${'{"@graph":['.repeat(5000)}${JSON.stringify(posting)}${']}'.repeat(5000)}`;
    expect(() => readJsonLd(page(deep), URL)).not.toThrow();
  });
});
