/**
 * Where the content script runs. Job boards, applicant-tracking systems and
 * the career sites they host: nothing broader, so the extension never reads
 * ordinary browsing. Broad detection is an opt-in optional permission.
 */
export const JOB_SITE_MATCHES = [
  '*://*.linkedin.com/jobs/*',
  '*://*.linkedin.com/comm/jobs/*',
  '*://*.indeed.com/*',
  '*://*.glassdoor.com/*',
  '*://*.glassdoor.co.uk/*',
  '*://*.glassdoor.de/*',
  '*://*.glassdoor.fr/*',
  '*://*.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.eu.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://jobs.smartrecruiters.com/*',
  '*://careers.smartrecruiters.com/*',
  '*://*.icims.com/*',
  '*://*.teamtailor.com/*',
  '*://*.jobs.personio.de/*',
  '*://*.jobs.personio.com/*',
  '*://*.recruitee.com/*',
  '*://*.welcometothejungle.com/*',
  '*://apply.workable.com/*',
  '*://*.bamboohr.com/careers/*',
  '*://*.jobvite.com/*',
  '*://*.breezy.hr/*',
  '*://*.stepstone.de/*',
  '*://*.ziprecruiter.com/*',
  '*://*.monster.com/*',
  '*://wellfound.com/*',
] as const;
