import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/cli/parse-html';
import { extractPostings } from '@/lib/extract';
import { extractHeuristic } from '@/lib/extract/fallback';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const load = (file: string) => parseHtmlDocument(readFileSync(resolve(FIXTURES, file), 'utf8'));

interface Expected {
  source: string;
  id?: string;
  title: string;
  company: string;
  location?: string;
  descriptionStarts: string;
  remote?: boolean;
  salary?: string;
}

/** Each committed fixture, at the URL it reproduces, with the fields a reader must get right. */
const CASES: Array<[string, string, Expected]> = [
  [
    'greenhouse/director-analytical-development.html',
    'https://job-boards.greenhouse.io/corvid/jobs/4012345007',
    {
      source: 'json-ld',
      id: '4012345007',
      title: 'Director, Analytical Development',
      company: 'Corvid Therapeutics',
      location: 'Cambridge, US',
      descriptionStarts: 'Corvid Therapeutics is a clinical-stage',
    },
  ],
  [
    'lever/staff-software-engineer.html',
    'https://jobs.lever.co/quillstream/6f1c2d9e',
    {
      source: 'json-ld',
      title: 'Staff Software Engineer',
      company: 'Quillstream',
      descriptionStarts: 'About Quillstream\n\nQuillstream builds',
    },
  ],
  [
    'workday/tech-lead-manager-search.html',
    'https://bookwyrm.wd3.myworkdayjobs.com/en-US/careers/job/Berlin/x_R-10482',
    {
      source: 'json-ld',
      id: 'R-10482',
      title: 'Tech Lead Manager, Search',
      company: 'Bookwyrm',
      remote: true,
      descriptionStarts: 'About us',
    },
  ],
  [
    'linkedin/guest-job-view.html',
    'https://www.linkedin.com/jobs/view/engineering-manager-payments-3987654321',
    {
      source: 'json-ld',
      id: '3987654321',
      title: 'Engineering Manager, Payments Platform',
      company: 'Ledgerline',
      descriptionStarts: 'About Ledgerline\n\nLedgerline helps',
    },
  ],
  [
    'linkedin/job-view-logged-in.html',
    'https://www.linkedin.com/jobs/view/4011122233/',
    {
      source: 'linkedin',
      id: 'linkedin:4011122233',
      title: 'Lead Data Scientist, Care Management',
      company: 'Pennant Health Plan',
      location: 'Des Moines, US',
      descriptionStarts: 'About Pennant Health Plan',
    },
  ],
  [
    'indeed/viewjob.html',
    'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718',
    {
      source: 'json-ld',
      id: 'a1b2c3d4e5f60718',
      title: 'Store Manager',
      company: 'Fernhill Outdoor',
      descriptionStarts: 'Fernhill Outdoor has been outfitting',
    },
  ],
  [
    'indeed/search-pane.html',
    'https://www.indeed.com/jobs?q=bakery&l=Portland&vjk=9f8e7d6c5b4a3921',
    {
      source: 'indeed',
      id: 'indeed:9f8e7d6c5b4a3921',
      title: 'Bakery Lead',
      company: 'Oakmont Fresh Market',
      salary: '$19 - $22 an hour',
      descriptionStarts: 'Oakmont Fresh Market is a neighborhood grocer',
    },
  ],
  [
    'ashby/staff-engineer-scheduling.html',
    'https://jobs.ashbyhq.com/stackyard/1a2b',
    {
      source: 'json-ld',
      title: 'Staff Software Engineer, Scheduling',
      company: 'Stackyard',
      remote: true,
      salary: 'USD 210000–250000 per year',
      descriptionStarts: 'Stackyard builds scheduling',
    },
  ],
  [
    'smartrecruiters/account-manager.html',
    'https://jobs.smartrecruiters.com/Corrin/743999-account-manager',
    {
      source: 'microdata',
      title: 'Account Manager',
      company: 'Corrin Packaging Solutions',
      location: 'Atlanta, US',
      descriptionStarts: 'About Corrin',
    },
  ],
  [
    'icims/nurse-manager.html',
    'https://careers-stbrennan.icims.com/jobs/1234/nurse-manager/job',
    {
      source: 'json-ld',
      title: 'Nurse Manager - 4 West Medical-Surgical',
      company: 'St. Brennan Regional Medical Center',
      descriptionStarts: 'St. Brennan Regional Medical Center is',
    },
  ],
  [
    'teamtailor/chef-de-cuisine.html',
    'https://saltmarsh.teamtailor.com/jobs/12345-chef-de-cuisine',
    {
      source: 'json-ld',
      title: 'Chef de Cuisine',
      company: 'Saltmarsh Oyster House',
      descriptionStarts: 'Saltmarsh Oyster House is a 140-seat',
    },
  ],
  [
    'personio/teamleitung-lohn.html',
    'https://hafenblick.jobs.personio.de/job/1458823',
    {
      source: 'json-ld',
      id: '1458823',
      title: 'Teamleitung Entgeltabrechnung (m/w/d)',
      company: 'Hafenblick Logistik GmbH',
      descriptionStarts: 'Deine Aufgaben\n\n• Du übernimmst',
    },
  ],
  [
    'recruitee/senior-accountant.html',
    'https://tidewater.recruitee.com/o/senior-accountant',
    {
      source: 'json-ld',
      title: 'Senior Accountant, General Ledger',
      company: 'Tidewater Water Company',
      descriptionStarts: 'Tidewater Water Company is',
    },
  ],
  [
    'welcometothejungle/developpeur-senior.html',
    'https://www.welcometothejungle.com/fr/companies/lumen-pay/jobs/developpeur-senior',
    {
      source: 'json-ld',
      title: 'Développeur Senior Paiements',
      company: 'Lumen Pay',
      location: 'Paris, FR',
      descriptionStarts: 'Vos missions',
    },
  ],
  [
    'glassdoor/it-services-manager.html',
    'https://www.glassdoor.com/job-listing/it-services-manager-JV_IC1.htm?jl=1009876',
    {
      source: 'json-ld',
      title: 'IT Services Manager',
      company: 'Kingsmere College',
      descriptionStarts: 'Job summary\n\nKingsmere College',
    },
  ],
  [
    'career-site/yoast-graph.html',
    'https://careers.bayshore.example/jobs/cns-oncology/',
    {
      source: 'json-ld',
      title: 'Clinical Nurse Specialist - Oncology',
      company: 'Bayshore Cancer Institute',
      descriptionStarts: 'Bayshore Cancer Institute is',
    },
  ],
];

describe('reading each supported site', () => {
  it.each(CASES)('%s', (file, url, want) => {
    const postings = extractPostings(load(file), url);
    expect(postings).toHaveLength(1);
    const [p] = postings;
    expect(p?.source).toBe(want.source);
    if (want.id) expect(p?.id).toBe(want.id);
    expect(p?.title).toBe(want.title);
    expect(p?.company).toBe(want.company);
    if (want.location) expect(p?.locations).toContain(want.location);
    if (want.remote !== undefined) expect(p?.remote).toBe(want.remote);
    if (want.salary) expect(p?.salary).toBe(want.salary);
    expect(p?.description.startsWith(want.descriptionStarts)).toBe(true);
    // Plain text: no markup and no entities survive, however the site escaped it.
    expect(p?.description).not.toMatch(/<\/?[a-z]+[\s>]|&lt;|&amp;|&#/i);
    expect(p?.description).toMatch(/\n• /);
    expect(p?.confidence).toBeGreaterThan(0.5);
  });

  it('finds nothing on a LinkedIn page whose details pane has not rendered', () => {
    expect(
      extractPostings(load('linkedin/search-spa.html'), 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001'),
    ).toEqual([]);
  });

  it('falls back to the main content, with low confidence, when a page has no structured data', () => {
    const doc = load('career-site/no-structured-data.html');
    expect(extractPostings(doc, 'https://careers.pinecrest.example/jobs/accounting-supervisor')).toEqual([]);
    const [p] = extractHeuristic(doc, 'https://careers.pinecrest.example/jobs/accounting-supervisor');
    expect(p?.title).toBe('Accounting Supervisor');
    expect(p?.source).toBe('heuristic');
    expect(p?.confidence).toBeLessThanOrEqual(0.6);
    expect(p?.description).toContain('The Role');
    expect(p?.description).not.toContain('All rights reserved');
  });
});
