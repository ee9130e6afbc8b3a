import { describe, expect, it } from 'vitest';
import { SITE_READERS } from '@/lib/extract/adapters';
import type { SiteReader } from '@/lib/extract/adapters/types';
import { JOB_SITE_EXCLUDES, JOB_SITE_MATCHES, JOB_SITES } from '@/lib/extract/job-sites';

/** A match pattern as browsers read it: scheme, host (`*.` for the domain and its subdomains), path and query as a glob. */
function matches(pattern: string, href: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const url = new URL(href);
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    if (url.hostname !== domain && !url.hostname.endsWith(`.${domain}`)) return false;
  } else if (host !== '*' && host !== url.hostname) return false;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(url.pathname + url.search);
}

/** Where the content script runs: a job site's pattern matches and none of the excludes does. */
const runsOn = (href: string) =>
  JOB_SITE_MATCHES.some((p) => matches(p, href)) && !JOB_SITE_EXCLUDES.some((p) => matches(p, href));

const POSTING_PAGES = [
  'https://www.linkedin.com/jobs/view/4011122233/',
  'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=planning',
  'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718',
  'https://uk.indeed.com/viewjob?jk=3c4d5e6f7a8b9c0d',
  'https://www.indeed.com/jobs?q=warehouse&l=Reno&vjk=7e6d5c4b3a291807',
  'https://de.indeed.com/q-pflege-l-berlin-jobs.html?vjk=1a2b3c4d5e6f7081',
  'https://www.glassdoor.com/job-listing/tax-manager-ostrander-brands-JV_IC1145845_KO0,11_KE12,27.htm?jl=1009912345',
  'https://www.glassdoor.co.uk/Job/leeds-tax-manager-jobs-SRCH_IL.0,5_IC3298880_KO6,17.htm?jl=1009912345',
  'https://job-boards.greenhouse.io/fieldnote/jobs/4471203008',
  'https://boards.greenhouse.io/brightwater/jobs/5523109',
  'https://job-boards.eu.greenhouse.io/kestrel/jobs/4410099',
  'https://jobs.lever.co/quillstream/6f1c2d9e-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  'https://jobs.eu.lever.co/quillstream/6f1c2d9e-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  'https://bookwyrm.wd3.myworkdayjobs.com/en-US/careers/job/Berlin/Tech-Lead-Manager--Search_R-10482',
  'https://jobs.ashbyhq.com/parallax-labs/3f6c2a1e-8d4b-4c1a-9e2f-7b5d0c9a1e23',
  'https://jobs.smartrecruiters.com/Corrin/743999-account-manager',
  'https://careers-stbrennan.icims.com/jobs/1234/nurse-manager/job',
  'https://saltmarsh.teamtailor.com/jobs/12345-chef-de-cuisine',
  'https://hafenblick.jobs.personio.de/job/1458823',
  'https://tidewater.recruitee.com/o/senior-accountant',
  'https://www.welcometothejungle.com/fr/companies/lumen-pay/jobs/developpeur-senior',
  'https://apply.workable.com/studio-marrow/j/3F2A1B0C9D/',
  'https://riverstone.bamboohr.com/careers/87',
  'https://jobs.jobvite.com/acme/job/oAbc123',
  'https://acme.breezy.hr/p/1a2b3c4d5e6f-senior-engineer',
  'https://www.stepstone.de/stellenangebote--Teamleiter-Kundenservice-m-w-d-Hamburg-Nordlicht-Versand-GmbH--11234567-inline.html',
  'https://www.ziprecruiter.com/c/Acme/Job/Engineer/-in-Boston,MA?jid=abc',
  'https://www.monster.com/job-openings/store-manager-denver-co--1a2b3c',
  'https://wellfound.com/jobs/1234567-staff-engineer',
  'https://www.seek.com.au/job/81234567',
  'https://www.seek.com.au/logistics-analyst-jobs/in-All-Melbourne-VIC?jobId=81234599',
  'https://www.seek.co.nz/job/81234570',
  'https://www.totaljobs.com/job/senior-copywriter/ember-and-oak-job105012345',
  'https://www.reed.co.uk/jobs/senior-paralegal-litigation/51234567',
  'https://www.jobs.ch/de/stellenangebote/detail/6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/',
  'https://www.jobs.ch/en/vacancies/detail/6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/',
  'https://www.jobindex.dk/vis-job/h1498765',
  'https://www.xing.com/jobs/muenchen-senior-data-engineer-123456789',
];

/** Recruiters' back offices, account pages and pages of job sites that are not about postings. */
const NOT_POSTING_PAGES = [
  'https://app.greenhouse.io/people/12345',
  'https://www.greenhouse.com/careers',
  'https://my.greenhouse.io/users/sign_in',
  'https://app.teamtailor.com/companies/abc/jobs/12345/edit',
  'https://employers.indeed.com/jobs',
  'https://secure.indeed.com/account/login',
  'https://myjobs.indeed.com/saved',
  'https://www.indeed.com/cmp/Fernhill-Outdoor/reviews',
  'https://www.glassdoor.com/Reviews/Ostrander-Brands-Reviews-E112233.htm',
  'https://www.glassdoor.com/Overview/Working-at-Ostrander-Brands-EI_IE112233.11,27.htm',
  'https://www.glassdoor.com/Salaries/index.htm',
  'https://hire.lever.co/candidates',
  'https://app.ashbyhq.com/candidates',
  'https://app.recruitee.com/#/offers',
  'https://app.breezy.hr/app/c/acme/positions',
  'https://acme.bamboohr.com/home',
  'https://acme.personio.de/staff',
  'https://www.icims.com/products/',
  'https://www.welcometothejungle.com/fr/articles/conseils-entretien',
  'https://www.stepstone.de/gehalt/',
  'https://talent.seek.com.au/jobs',
  'https://www.reed.co.uk/courses/',
  'https://www.xing.com/profile/Some_One',
  'https://www.jobindex.dk/',
  'https://www.example.com/careers/engineer',
];

describe('the job-site list', () => {
  it.each(POSTING_PAGES)('runs on %s', (href) => {
    expect(runsOn(href)).toBe(true);
  });

  it.each(NOT_POSTING_PAGES)('does not run on %s', (href) => {
    expect(runsOn(href)).toBe(false);
  });

  // LinkedIn is one app: a job opened from the feed or a search arrives without a page load, so the script
  // must already be there (issue 15). Off /jobs/ it finds nothing (tests/unit/extract/non-job-pages.test.ts).
  it.each(['https://www.linkedin.com/feed/', 'https://www.linkedin.com/search/results/all/?keywords=support'])(
    'runs on all of LinkedIn, %s included',
    (href) => {
      expect(runsOn(href)).toBe(true);
    },
  );

  it('gives each posting page one site, whose reader file knows its host', async () => {
    for (const href of POSTING_PAGES) {
      const sites = JOB_SITES.filter((s) => s.matches.some((p) => matches(p, href)));
      expect(
        sites.map((s) => s.reader),
        href,
      ).toHaveLength(1);
      const { default: reader } = (await import(`@/lib/extract/adapters/${sites[0]?.reader}.ts`)) as { default: SiteReader };
      expect(reader.host.test(new URL(href).hostname), href).toBe(true);
    }
  });

  it('has a reader file for every site', async () => {
    for (const site of JOB_SITES) {
      const { default: reader } = (await import(`@/lib/extract/adapters/${site.reader}.ts`)) as { default: SiteReader };
      expect(SITE_READERS, site.reader).toContain(reader);
    }
  });
});
