/**
 * Where the content script runs, site by site: posting pages of job boards,
 * applicant-tracking systems and the career sites they host, and nothing
 * broader, so the extension never reads ordinary browsing, recruiters' back
 * offices (app.greenhouse.io, app.teamtailor.com, employers.indeed.com) or
 * account pages. Broad detection is an opt-in optional permission.
 *
 * Each site's pages get its reader (lib/extract/adapters/<reader>.ts) in a
 * small script of its own beside the content script: wxt.config.ts writes
 * one manifest entry per site, so a page carries only its site's reader.
 * Match patterns match path and query; excludes win over matches.
 */
export interface JobSite {
  /** The file in lib/extract/adapters/ that reads this site's pages. */
  reader: string;
  matches: readonly string[];
  excludes?: readonly string[];
}

export const JOB_SITES: readonly JobSite[] = [
  // All of LinkedIn: it is one app, and a job opened from the feed or a search arrives without a page load.
  // Its reader acts on /jobs/ pages only; elsewhere the script reads nothing and changes nothing.
  { reader: 'linkedin', matches: ['*://*.linkedin.com/*'] },
  {
    reader: 'indeed',
    matches: [
      '*://*.indeed.com/viewjob*',
      '*://*.indeed.com/m/viewjob*',
      '*://*.indeed.com/jobs*',
      '*://*.indeed.com/q-*',
      '*://*.indeed.com/l-*',
      '*://*.indeed.com/cmp/*/jobs*',
    ],
    excludes: ['*://employers.indeed.com/*', '*://secure.indeed.com/*', '*://profile.indeed.com/*', '*://myjobs.indeed.com/*'],
  },
  {
    reader: 'glassdoor',
    matches: ['com', 'co.uk', 'de', 'fr', 'ca', 'com.au'].flatMap((tld) => [
      `*://*.glassdoor.${tld}/job-listing/*`,
      `*://*.glassdoor.${tld}/Job/*`,
      `*://*.glassdoor.${tld}/Jobs/*`,
    ]),
  },
  {
    reader: 'greenhouse',
    matches: [
      '*://boards.greenhouse.io/*',
      '*://job-boards.greenhouse.io/*',
      '*://boards.eu.greenhouse.io/*',
      '*://job-boards.eu.greenhouse.io/*',
    ],
  },
  { reader: 'lever', matches: ['*://jobs.lever.co/*', '*://jobs.eu.lever.co/*'] },
  { reader: 'workday', matches: ['*://*.myworkdayjobs.com/*', '*://*.myworkdaysite.com/recruiting/*'] },
  { reader: 'ashby', matches: ['*://jobs.ashbyhq.com/*'] },
  { reader: 'smartrecruiters', matches: ['*://jobs.smartrecruiters.com/*', '*://careers.smartrecruiters.com/*'] },
  { reader: 'icims', matches: ['*://*.icims.com/jobs/*'] },
  { reader: 'teamtailor', matches: ['*://*.teamtailor.com/jobs*'], excludes: ['*://app.teamtailor.com/*'] },
  { reader: 'personio', matches: ['*://*.jobs.personio.de/job/*', '*://*.jobs.personio.com/job/*'] },
  { reader: 'recruitee', matches: ['*://*.recruitee.com/o/*'], excludes: ['*://app.recruitee.com/*'] },
  { reader: 'welcome-to-the-jungle', matches: ['*://*.welcometothejungle.com/*/companies/*/jobs/*'] },
  { reader: 'workable', matches: ['*://apply.workable.com/*/j/*', '*://jobs.workable.com/view/*'] },
  { reader: 'bamboohr', matches: ['*://*.bamboohr.com/careers/*'] },
  { reader: 'jobvite', matches: ['*://jobs.jobvite.com/*/job/*'] },
  { reader: 'breezy', matches: ['*://*.breezy.hr/p/*'], excludes: ['*://app.breezy.hr/*'] },
  { reader: 'stepstone', matches: ['*://*.stepstone.de/stellenangebote--*'] },
  { reader: 'ziprecruiter', matches: ['*://*.ziprecruiter.com/c/*/Job/*', '*://*.ziprecruiter.com/jobs/*'] },
  { reader: 'monster', matches: ['*://*.monster.com/job-openings/*'] },
  { reader: 'wellfound', matches: ['*://wellfound.com/jobs*'] },
  {
    reader: 'seek',
    matches: ['au', 'nz'].flatMap((c) => {
      const host = c === 'au' ? 'seek.com.au' : 'seek.co.nz';
      return [`*://*.${host}/job/*`, `*://*.${host}/jobs*`, `*://*.${host}/*-jobs*`];
    }),
    excludes: ['*://talent.seek.com.au/*', '*://talent.seek.co.nz/*'],
  },
  { reader: 'totaljobs', matches: ['*://*.totaljobs.com/job/*'] },
  { reader: 'reed', matches: ['*://*.reed.co.uk/jobs/*'] },
  {
    reader: 'jobs-ch',
    matches: ['vacancies', 'stellenangebote', 'offres-emplois', 'offerte-impiego'].map((p) => `*://*.jobs.ch/*/${p}/*`),
  },
  { reader: 'jobindex', matches: ['*://*.jobindex.dk/vis-job/*', '*://*.jobindex.dk/jobannonce/*'] },
  { reader: 'xing', matches: ['*://*.xing.com/jobs/*'] },
];

/** Every pattern the content script matches, across sites. */
export const JOB_SITE_MATCHES: readonly string[] = JOB_SITES.flatMap((s) => s.matches);
/** Pages under those patterns it never runs on. */
export const JOB_SITE_EXCLUDES: readonly string[] = JOB_SITES.flatMap((s) => s.excludes ?? []);
