import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/cli/parse-html';
import { extractPostings } from '@/lib/extract';
import { SITE_READERS } from '@/lib/extract/adapters';
import { htmlToText } from '@/lib/extract/html-text';
import { readSite } from '@/lib/extract/site-reader';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const load = (file: string) => parseHtmlDocument(readFileSync(resolve(FIXTURES, file), 'utf8'));
const ADDRESSES = JSON.parse(readFileSync(resolve(FIXTURES, 'addresses.json'), 'utf8')) as Record<string, Record<string, string>>;
const at = (file: string) => ADDRESSES.postings?.[file] ?? '';

interface Expected {
  source: string;
  id?: string;
  title: string;
  company: string;
  location?: string;
  descriptionStarts: string;
  /** Parts of the posting the page shows, which the description must hold (the fuller source wins). */
  has?: string[];
  /** What the page shows that is not the employer's posting: chrome, the site's own words. */
  lacks?: string[];
  remote?: boolean;
  salary?: string;
  /** The site reader alone (structured data aside) finds no company on this page. */
  readerNoCompany?: boolean;
}

/** Page chrome no reader may take for the posting. */
const CHROME = ['Apply for this job', 'Submit application', 'Sign in', 'Similar jobs', 'Show more', 'Cookie', 'Privacy Policy'];

/** Each committed fixture, at the URL it reproduces, with the fields a reader must get right. */
const CASES: Array<[string, Expected]> = [
  [
    'greenhouse/director-analytical-development.html',
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
    'greenhouse/job-boards-app-state.html',
    {
      source: 'greenhouse',
      id: 'greenhouse:4471203008',
      title: 'Data Platform Lead',
      company: 'Fieldnote',
      location: 'Remote (US)',
      salary: '$175,000–$200,000 USD',
      descriptionStarts: 'Fieldnote gives row-crop farmers',
      has: ['Pay range', 'Fieldnote is an equal opportunity employer.'],
      lacks: ['Voluntary Self-Identification', 'Veteran Status', 'indicates a required field'],
    },
  ],
  [
    'greenhouse/boards-classic.html',
    {
      source: 'greenhouse',
      title: 'Controller',
      company: 'Brightwater Components',
      descriptionStarts: 'Brightwater Components is a family-owned precision machining company',
      // JSON-LD holds only the middle: the introduction, pay and closing are on the page.
      has: ['Base salary', '$125,000', 'What we offer', 'Brightwater Components is an Equal Opportunity Employer.'],
      lacks: ['U.S. Equal Opportunity Employment Information', 'First Name'],
    },
  ],
  [
    'lever/staff-software-engineer.html',
    {
      source: 'json-ld',
      title: 'Staff Software Engineer',
      company: 'Quillstream',
      descriptionStarts: 'About Quillstream\n\nQuillstream builds',
    },
  ],
  [
    'workday/tech-lead-manager-search.html',
    {
      source: 'json-ld',
      id: 'R-10482',
      title: 'Tech Lead Manager, Search',
      company: 'Bookwyrm',
      remote: true,
      descriptionStarts: 'About us',
      readerNoCompany: true,
    },
  ],
  [
    'ashby/staff-engineer-scheduling.html',
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
    'ashby/app-data.html',
    {
      source: 'ashby',
      id: 'ashby:3f6c2a1e-8d4b-4c1a-9e2f-7b5d0c9a1e23',
      title: 'Member of Technical Staff',
      company: 'Parallax Labs',
      location: 'San Francisco',
      salary: '$250K – $390K • Offers Equity',
      remote: false,
      descriptionStarts: 'Parallax Labs trains large multimodal models',
    },
  ],
  [
    'smartrecruiters/account-manager.html',
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
    {
      source: 'json-ld',
      title: 'Nurse Manager - 4 West Medical-Surgical',
      company: 'St. Brennan Regional Medical Center',
      descriptionStarts: 'St. Brennan Regional Medical Center is',
    },
  ],
  [
    'linkedin/guest-job-view.html',
    {
      source: 'json-ld',
      id: '3987654321',
      title: 'Engineering Manager, Payments Platform',
      company: 'Ledgerline',
      descriptionStarts: 'About Ledgerline\n\nLedgerline helps',
    },
  ],
  [
    'linkedin/guest-no-structured-data.html',
    {
      source: 'linkedin',
      id: 'linkedin:4023456789',
      title: 'Program Coordinator, Youth Mentoring',
      company: 'Bridgeway Youth Services',
      location: 'Cleveland, OH',
      descriptionStarts: 'Bridgeway Youth Services helps young people',
      lacks: ['Seniority level', 'Youth Program Manager', 'who you already know'],
    },
  ],
  [
    'linkedin/job-view-logged-in.html',
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
    'linkedin/search-selected-job.html',
    {
      source: 'linkedin',
      id: 'linkedin:4034567890',
      title: 'Senior Planning Officer - Major Developments',
      company: 'Stourvale District Council',
      location: 'Sudbury, England, United Kingdom',
      descriptionStarts: 'Grade: PO3',
      lacks: ['About the job', 'Premium insights', 'About the company', 'Principal Planner'],
    },
  ],
  [
    'indeed/viewjob.html',
    {
      source: 'json-ld',
      id: 'a1b2c3d4e5f60718',
      title: 'Store Manager',
      company: 'Fernhill Outdoor',
      descriptionStarts: 'Fernhill Outdoor has been outfitting',
    },
  ],
  [
    'indeed/viewjob-no-structured-data.html',
    {
      source: 'indeed',
      id: 'indeed:3c4d5e6f7a8b9c0d',
      title: 'Front Office Manager',
      company: 'The Aldous Hotel',
      location: 'Edinburgh EH2',
      salary: '£36,000 - £39,000 a year',
      descriptionStarts: 'The Aldous is a 96-bedroom boutique hotel',
      lacks: ['Full job description', 'Report job', 'People also searched'],
    },
  ],
  [
    'indeed/search-pane.html',
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
    // The pane's own heading ("Full job description") sits right above the posting: never its title.
    'indeed/search-pane-job-description-heading.html',
    {
      source: 'indeed',
      id: 'indeed:7e6d5c4b3a291807',
      title: 'Site Coordinator, Night Shift',
      company: 'Parcelpoint Logistics',
      location: 'Reno, NV 89502',
      salary: '$68,000 - $76,000 a year',
      descriptionStarts: 'Parcelpoint Logistics runs e-commerce fulfillment',
      lacks: ['Full job description', 'Profile insights', 'Warehouse Associate - Nights'],
    },
  ],
  [
    'glassdoor/it-services-manager.html',
    {
      source: 'json-ld',
      title: 'IT Services Manager',
      company: 'Kingsmere College',
      descriptionStarts: 'Job summary\n\nKingsmere College',
      readerNoCompany: true,
    },
  ],
  [
    'glassdoor/search-selected-job.html',
    {
      source: 'glassdoor',
      id: 'glassdoor:1009912345',
      title: 'Tax Manager',
      company: 'Ostrander Brands',
      location: 'Cincinnati, OH',
      descriptionStarts: 'Company Overview\n\nOstrander Brands is a consumer products company',
      lacks: ['Senior Tax Analyst', 'Company overview\n', 'Glassdoor salary estimates', 'Apply on employer site'],
    },
  ],
  [
    'seek/job.html',
    {
      source: 'seek',
      id: 'seek:81234567',
      title: 'Maintenance Team Leader - Days',
      company: 'Sorrel Foods Australia',
      location: 'Dandenong South, Melbourne VIC',
      salary: '$105,000 – $115,000 per year + super',
      descriptionStarts: 'Sorrel Foods produces chilled ready meals',
      lacks: ['Company profile', 'Report this job advert', 'Quick apply'],
    },
  ],
  [
    'seek/search-split-view.html',
    {
      source: 'seek',
      id: 'seek:81234599',
      title: 'Transportation Analyst',
      company: 'Hollis Freight Australia',
      location: 'Port Melbourne, Melbourne VIC',
      descriptionStarts: 'Hollis Freight is a third-party logistics provider',
      lacks: ['Logistics Coordinator', 'Bayside Cold Chain'],
    },
  ],
  [
    'stepstone/job-ad.html',
    {
      source: 'json-ld',
      id: '11234567',
      title: 'Teamleiter Kundenservice (m/w/d)',
      company: 'Nordlicht Versand GmbH',
      location: 'Hamburg, DE',
      descriptionStarts: 'Über uns\n\nDie Nordlicht Versand GmbH',
      lacks: ['StepStone-Gehaltsprognose', 'Ähnliche Jobs', 'Alle akzeptieren'],
    },
  ],
  [
    'totaljobs/job.html',
    {
      source: 'totaljobs',
      id: 'totaljobs:105012345',
      title: 'Senior Copywriter',
      company: 'Ember & Oak',
      location: 'London (EC2A)',
      salary: '£60,000 - £68,000 per annum',
      descriptionStarts: 'Ember & Oak is an independent creative agency',
      lacks: ['About the recruiter'],
    },
  ],
  [
    'reed/job.html',
    {
      source: 'reed',
      id: 'reed:51234567',
      title: 'Senior Paralegal - Litigation',
      company: 'Whitaker Lund LLP',
      location: 'Manchester, Greater Manchester',
      salary: '£38,000 - £44,000 per annum',
      descriptionStarts: 'Whitaker Lund LLP is a 70-attorney',
      lacks: ['Litigation Paralegal', 'Reference: 51234567'],
    },
  ],
  [
    // JSON-LD starts with the summary the page labels as generated by AI: the visible posting wins, without it.
    'jobs-ch/vacancy-ai-summary.html',
    {
      source: 'jobs.ch',
      id: '6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      title: 'Stationsleitung Pflege Chirurgie 80–100 %',
      company: 'Spital Eulachtal',
      location: 'Winterthur, CH',
      descriptionStarts: 'Über uns\n\nDas Spital Eulachtal',
      has: ['Wir bieten', 'Online-Bewerbung'],
      lacks: ['KI-generierte Zusammenfassung', 'automatisch erstellt', 'Job-Match', '4,3 von 5 Sternen', 'Lohnschätzung'],
    },
  ],
  [
    'jobindex/vis-job.html',
    {
      source: 'jobindex',
      id: 'jobindex:h1498765',
      title: 'Økonomichef',
      company: 'Fjordhavn Fiskeeksport A/S',
      location: 'Hirtshals',
      descriptionStarts: 'Om os\n\nFjordhavn Fiskeeksport A/S',
      lacks: ['Søg jobbet', 'Lignende job', 'Accepter alle'],
    },
  ],
  [
    'xing/job.html',
    {
      source: 'xing',
      id: 'xing:123456789',
      title: 'Senior Data Engineer (w/m/d)',
      company: 'Isarwerk Analytics GmbH',
      location: 'München',
      salary: '75.000 € – 90.000 €',
      descriptionStarts: 'Über uns\n\nDie Isarwerk Analytics GmbH',
      lacks: ['Mehr anzeigen', 'Über das Unternehmen', 'Ähnliche Jobs'],
    },
  ],
  [
    'welcometothejungle/developpeur-senior.html',
    {
      source: 'json-ld',
      title: 'Développeur Senior Paiements',
      company: 'Lumen Pay',
      location: 'Paris, FR',
      descriptionStarts: 'Vos missions',
    },
  ],
  [
    'workable/job.html',
    {
      source: 'workable',
      id: 'workable:3F2A1B0C9D',
      title: 'Lead Designer',
      company: 'Studio Marrow',
      location: 'London, England, United Kingdom',
      descriptionStarts: 'Description\n\nStudio Marrow is an independent branding studio',
      has: ["You'll have", '£55,000 - £62,000'],
      lacks: ['Powered by Workable', 'All jobs'],
    },
  ],
  [
    'teamtailor/chef-de-cuisine.html',
    {
      source: 'json-ld',
      title: 'Chef de Cuisine',
      company: 'Saltmarsh Oyster House',
      descriptionStarts: 'Saltmarsh Oyster House is a 140-seat',
    },
  ],
  [
    'personio/teamleitung-lohn.html',
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
    {
      source: 'json-ld',
      title: 'Senior Accountant, General Ledger',
      company: 'Tidewater Water Company',
      descriptionStarts: 'Tidewater Water Company is',
    },
  ],
  [
    'bamboohr/job.html',
    {
      source: 'bamboohr',
      id: 'bamboohr:87',
      title: 'Grants Manager',
      company: 'Riverstone Youth Arts',
      location: 'Baltimore, Maryland',
      descriptionStarts: 'Riverstone Youth Arts offers free after-school',
      lacks: ['Powered by BambooHR', 'Apply for This Job', 'Minimum Experience'],
    },
  ],
  [
    'career-site/yoast-graph.html',
    {
      source: 'json-ld',
      title: 'Clinical Nurse Specialist - Oncology',
      company: 'Bayshore Cancer Institute',
      descriptionStarts: 'Bayshore Cancer Institute is',
    },
  ],
];

describe('reading each supported site', () => {
  it('has a case for every posting page in tests/fixtures/addresses.json, and an address for every case', () => {
    expect(CASES.map(([file]) => file).sort()).toEqual(Object.keys(ADDRESSES.postings ?? {}).sort());
  });

  it.each(CASES)('%s', (file, want) => {
    const url = at(file);
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
    for (const part of want.has ?? []) expect(p?.description).toContain(part);
    for (const part of [...CHROME, ...(want.lacks ?? [])]) expect(p?.description).not.toContain(part);
    // Plain text: no markup and no entities survive, however the site escaped it.
    expect(p?.description).not.toMatch(/<\/?[a-z]+[\s>]|&lt;|&amp;|&#/i);
    expect(p?.description).toMatch(/\n• /);
    expect(p?.confidence).toBeGreaterThan(0.5);
  });
});

describe('each site reader, without the structured data', () => {
  // The reader alone on every fixture of its site: what it reads when JSON-LD is missing or holds less.
  const perSite = CASES.flatMap(([file, want]) => {
    const url = at(file);
    const host = new URL(url).hostname;
    const reader = SITE_READERS.find((r) => r.host.test(host));
    return reader ? [[reader.name, file, url, want] as const] : [];
  });

  it('covers every site with a reader of its own', () => {
    const covered = new Set(perSite.map(([name]) => name));
    const own = SITE_READERS.filter((r) => r.title || r.state).map((r) => r.name);
    expect(own.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(perSite)('%s: %s', (name, file, url, want) => {
    const reader = SITE_READERS.find((r) => r.name === name);
    expect(reader).toBeDefined();
    if (!reader) return;
    const seen = readSite(load(file), new URL(url), reader);
    expect(seen, `${name} reads ${file}`).toBeDefined();
    const p = seen?.posting;
    expect(p?.source).toBe(name);
    expect(htmlToText(p?.title ?? '').replace(/\s+/g, ' ')).toBe(want.title);
    if (!want.readerNoCompany) expect(p?.company.replace(/^at /, '')).toContain(want.company.split(' (')[0]);
    const text = htmlToText(p?.description ?? '');
    // The posting's opening words are there (some pages head it with their own section title).
    expect(text).toContain(want.descriptionStarts.replace(/^(?:Description|Job summary|Company Overview)\n\n/, '').slice(0, 30));
    for (const part of [...CHROME, ...(want.lacks ?? [])]) expect(text).not.toContain(part);
  });
});

describe('search pages showing a job before the address names it', () => {
  it.each([
    [
      'indeed/search-pane-job-description-heading.html',
      'https://www.indeed.com/jobs?q=warehouse+night&l=Reno%2C+NV',
      'Parcelpoint Logistics',
    ],
    [
      'glassdoor/search-selected-job.html',
      'https://www.glassdoor.com/Job/cincinnati-tax-manager-jobs-SRCH_IL.0,10_IC1145845_KO11,22.htm',
      'Ostrander Brands',
    ],
  ])('%s read at %s', (file, url, company) => {
    const [p, ...more] = extractPostings(load(file), url);
    expect(more).toEqual([]);
    expect(p?.company).toBe(company);
    expect(p?.source).not.toBe('heuristic');
  });
});

describe('text the site marks as generated', () => {
  const SUMMARY_LABELS = [
    'KI-generierte Zusammenfassung',
    'AI-generated summary',
    'Résumé généré par l’IA',
    'Summarized by AI',
    'KI-Zusammenfassung',
  ];
  it.each(SUMMARY_LABELS)('is left out of the posting when labelled “%s”', (label) => {
    const html = readFileSync(resolve(FIXTURES, 'jobs-ch/vacancy-ai-summary.html'), 'utf8')
      .replace(/data-cy="vacancy-ai-summary"/, 'data-cy="vacancy-highlights"')
      .replace(/<p class="textStyle_caption1">KI-generierte Zusammenfassung<\/p>/, `<p class="textStyle_caption1">${label}</p>`)
      .replace(/<p>KI-generierte Zusammenfassung<\/p>/, `<p>${label}</p>`);
    const [p] = extractPostings(parseHtmlDocument(html), at('jobs-ch/vacancy-ai-summary.html'));
    expect(p?.description.startsWith('Über uns')).toBe(true);
    expect(p?.description).not.toContain('Leitung eines Teams von 14 Pflegefachpersonen auf der Station');
  });
});
