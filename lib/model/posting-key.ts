import { MAX_ID_CHARS } from './limits';
import { stripBidiControls } from './text';

/**
 * The key a posting is stored under: the site that showed it, as the browser
 * reports the sender's address (never what the page says about itself), and
 * the posting's own identifier or, lacking one, its normalised address and
 * title. A page can only ever name postings of its own site, so it cannot
 * claim, repoint or dismiss another site's, and two employers' "R-10482" are
 * two postings. Shared by the background (lib/extract/normalize.ts) and the
 * database's upgrades, so old rows are keyed exactly as new sightings are.
 * Plain TypeScript, no zod: it also runs in the service worker's hot path.
 */

/** Hosts many employers share, where the first path segment names the employer (/acme/jobs/1). */
const TENANT_IN_PATH = new Set([
  'boards.greenhouse.io',
  'job-boards.greenhouse.io',
  'job-boards.eu.greenhouse.io',
  'jobs.lever.co',
  'jobs.eu.lever.co',
  'jobs.ashbyhq.com',
  'jobs.smartrecruiters.com',
  'careers.smartrecruiters.com',
  'apply.workable.com',
]);

/**
 * Query parameters that name the posting and so are kept; every other one
 * (tracking, session, search state) is dropped. LinkedIn currentJobId,
 * Indeed jk and vjk, Greenhouse gh_jid, and the names career sites commonly
 * use for a job or requisition number.
 */
const ID_PARAMS = new Set([
  'gh_jid',
  'jk',
  'vjk',
  'currentjobid',
  'jobid',
  'job_id',
  'jid',
  'id',
  'job',
  'jobreqid',
  'req',
  'reqid',
  'requisitionid',
  'requisition_id',
  'postingid',
  'posting_id',
  'vacancyid',
  'vacancy',
  'positionid',
  'position_id',
  'openingid',
  'pid',
]);

/** A derived key's local part, as the page-side fallback and pre-0.3 builds wrote it: not the posting's own identifier. */
const DERIVED = /^u-[0-9a-f]{8,16}$/;
const MAX_TENANT = 60;
const MAX_OWN_ID = 200;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const bareHost = (u: URL) =>
  u.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');

/** The site a URL belongs to, as keys scope it: the host, with the employer on shared hosts; null for other schemes. */
export function siteOf(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  if (u.protocol === 'file:') return 'file';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = bareHost(u);
  if (!host) return null;
  if (TENANT_IN_PATH.has(host)) {
    const tenant = (u.pathname.split('/')[1] ?? '').toLowerCase().replace(/[^a-z0-9._~%-]/g, '');
    if (tenant && tenant !== 'embed') return `${host}/${tenant.slice(0, MAX_TENANT)}`;
  }
  return host;
}

/** The registrable part of a host, near enough without the public-suffix list: acme.co.uk, linkedin.com. */
function registrable(host: string): string {
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const [second = '', top = ''] = labels.slice(-2);
  return labels.slice(top.length === 2 && second.length <= 3 ? -3 : -2).join('.');
}

/**
 * The address stored and linked for a posting: its own when it is a web
 * address on the sender's site, else the page it was seen on. A page cannot
 * make the dashboard link elsewhere, and a broken one (`https:/jobs/1`) costs
 * the posting nothing.
 */
export function postingUrl(claimed: string, senderUrl: string): string {
  const own = parse(claimed);
  const sender = parse(senderUrl);
  if (!sender) return senderUrl;
  if (!own || !/^https?:$/.test(own.protocol) || !/^https?:\/\//i.test(claimed)) return sender.href;
  if (sender.protocol === 'file:') return sender.href;
  return registrable(bareHost(own)) === registrable(bareHost(sender)) ? own.href : sender.href;
}

/** An address as a key: no scheme, www, fragment, session path parameter or trailing slash; id parameters only, sorted. */
export function normalisedUrl(url: string): string {
  const u = parse(url);
  if (!u) return url.trim();
  const path = u.pathname.replace(/;jsessionid=[^/]*/i, '').replace(/\/+$/, '') || '/';
  const kept = [...u.searchParams]
    .filter(([k, v]) => v !== '' && ID_PARAMS.has(k.toLowerCase()))
    .map(([k, v]) => [k.toLowerCase(), v] as [string, string])
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  return `${bareHost(u)}${u.port ? `:${u.port}` : ''}${path}${query}`;
}

/** 64-bit FNV-1a as 16 hex digits: among a user's tens of thousands of postings a collision is about one in a billion. */
export function hash64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = BigInt.asUintN(64, h * 0x100000001b3n);
  }
  return h.toString(16).padStart(16, '0');
}

/** A posting's own identifier as keyed: one line of visible text. */
export function ownId(id: string): string {
  const clean = stripBidiControls(id).replace(/\s+/g, ' ').trim().slice(0, MAX_OWN_ID);
  return DERIVED.test(clean) ? '' : clean;
}

export interface KeyParts {
  /** siteOf the sender's address. */
  site: string;
  /** The posting's own identifier, or '' when it has none. */
  id: string;
  /** The address stored for it (postingUrl). */
  url: string;
  title: string;
}

export function postingKey({ site, id, url, title }: KeyParts): string {
  const own = ownId(id);
  const local = own || `u-${hash64(`${normalisedUrl(url)}\n${title.trim().toLowerCase()}`)}`;
  const key = `${site}|${local}`;
  // A site is at most 253 + 61 characters, so a hashed local part always fits.
  return key.length <= MAX_ID_CHARS ? key : `${site}|h-${hash64(local)}`;
}

/** The site part of a key: what a page may name is what starts with its own. */
export function siteOfKey(key: string): string {
  // Sites hold no bar (hosts cannot, tenants are filtered); identifiers may.
  const bar = key.indexOf('|');
  return bar < 0 ? '' : key.slice(0, bar);
}

/**
 * A normalised posting as the background stores it: linked by postingUrl and
 * keyed by the sender's site. Null when the sender is not a web page (or a
 * saved file), whose site cannot be told.
 */
export function scopePosting<P extends { id: string; url: string; title: string }>(
  posting: P,
  senderUrl: string,
): (P & { site: string }) | null {
  const site = siteOf(senderUrl);
  if (!site) return null;
  const url = postingUrl(posting.url, senderUrl);
  return { ...posting, url, site, id: postingKey({ site, id: posting.id, url, title: posting.title }) };
}
