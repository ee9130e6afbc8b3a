import type { PagePosting } from '../../model/posting';
import { at, scriptValue, str } from '../app-state';
import type { SiteReader } from './types';

/**
 * The posting in Greenhouse's Remix loader data (job-boards.greenhouse.io
 * carries no JSON-LD): found by shape, not by the route's key, which is a
 * file path of Greenhouse's (`routes/$url_token_.jobs_.$job_post_id`).
 */
function remixPosting(doc: Document): Partial<PagePosting> | undefined {
  const routes = at(scriptValue(doc, 'window.__remixContext ='), 'state', 'loaderData');
  for (const route of Object.values(routes ?? {})) {
    const post = at(route, 'jobPost');
    if (!post || !str(post.title)) continue;
    const pay = (Array.isArray(post.pay_ranges) ? post.pay_ranges : []).map((p) => at(p) ?? {})[0];
    return {
      title: str(post.title),
      company: str(post.company_name),
      locations: [str(post.job_post_location)],
      datePosted: str(post.published_at),
      salary: pay ? `${str(pay.min)}–${str(pay.max)} ${str(pay.currency_type)}`.trim() : '',
      // The company's introduction and closing are fields of their own beside the posting's content.
      description: [post.introduction, post.content, post.conclusion].map(str).join(''),
    };
  }
  return undefined;
}

/** Greenhouse: job-boards (Remix, app state), the classic boards, and the embedded board's job frame. */
export const greenhouse: SiteReader = {
  name: 'greenhouse',
  host: /(^|\.)greenhouse\.io$/,
  page: /\/jobs\/\d+|[?&](?:gh_jid|token)=\d+/,
  id: /(?:\/jobs\/|[?&](?:gh_jid|token)=)(\d+)/,
  title: '.job__title h1|#header h1.app-title|h1.app-title|#header h1',
  company: '#header .company-name',
  location: '.job__location|#header .location',
  description: '.job__description|#content',
  drop: 'form|button|#application',
  docTitle: /^Job Application for (?<t>.+) at (?<c>.+)$/,
  state: remixPosting,
};

export default greenhouse;
