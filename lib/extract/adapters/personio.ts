import type { SiteReader } from './types';

/** Personio job pages (company.jobs.personio.de/job/N): the title heading and the description's sections. */
export const personio: SiteReader = {
  name: 'personio',
  host: /\.jobs\.personio\.(?:de|com)$/,
  page: /^\/job\/\d+/,
  id: /^\/job\/(\d+)/,
  title: '[data-test-id="job-title"]|.job-title|h1',
  description: '[data-test-id="job-description"]|.job-description|.job-posting',
  drop: 'button|form',
  // "Teamleitung Entgeltabrechnung (m/w/d) | Hafenblick Logistik GmbH"
  docTitle: /^(?<t>.+?) \| (?<c>.+)$/,
};

export default personio;
