import { MAX_PAGE_DESCRIPTION_CHARS, MAX_SHORT_TEXT, MAX_TITLE_CHARS } from '../model/limits';
import type { PagePosting } from '../model/posting';
import { first, lineText, oneLine } from './dom-text';

/**
 * The reader for pages without structured data or a site reader that knows
 * them: job sites whose markup changed, and "Analyze this page". A posting
 * is a page with one title and a block of job sections (what you will do,
 * requirements, benefits...). Listings, search results, company pages,
 * articles, login walls and bot checks have no such block, or many links
 * in it, and give no posting: it says so rather than invent one. Bot
 * checks and login walls hold no sections at all.
 */

/**
 * Headings of the sections only a posting has, in the languages Crossroads
 * reads (and Danish, for Jobindex): what the job is, what it asks, what it
 * gives. A few words may come before ("Essential Duties and Responsibilities").
 */
const POSTING_SECTION =
  /^(?:[\p{L}'’&,]+ ){0,3}?(?:responsibilit(?:y|ies)|duties|accountabilities|requirements|qualifications|benefits|perks|compensation|aufgaben(?:gebiet)?|missions|avantages|responsabilidades|requisitos|(?:arbejds)?opgaver)\b|^(?:what (?:you(?:'|’)ll|you will|you) (?:do|be doing|get)|what we offer|about (?:the |this )?(?:role|job|position|opportunity)|(?:the |your |this )?(?:role|position|opportunity)|(?:job|role|position) (?:summary|description|purpose|overview|details)|(?:salary|pay)(?: (?:and|&) benefits| range)?|how to apply|nice to have|bonus points|(?:was )?wir bieten|das bieten wir|ce que nous offrons|(?:qué )?ofrecemos|vi tilbyder)$/iu;
/** Headings a posting shares with CVs and profiles: counted only beside one of the above. */
const SHARED_SECTION =
  /^(?:(?:[\p{L}'’&,]+ ){0,2}(?:skills|experience|profile|candidate)|person specification|who you are|about you|you(?:'|’)ll (?:need|have|bring)|you (?:have|bring|need)|what (?:we(?:'|’)re|we are) looking for|what you (?:bring|need|have)|das bringst du mit|das bringen sie mit|(?:ihr|dein) profil|(?:le )?profil recherché|votre profil|om dig|kvalifikationer|din profil)$/iu;

/** Listings and account pages by their title: "Careers at X", "Jobs in Leeds", "Sign in". */
const NOT_A_POSTING =
  /^(?:(?:current |open |all |job )?(?:careers?|jobs?|job search|openings|opportunities|career opportunities|open (?:positions|roles)|vacancies|stellenangebote|offres d'emploi|karriere|ledige stillinger)(?: (?:at|in|bei|chez|hos)\b.*)?|(?:\d[\d,.]* )?.*\bjobs?(?:, employment)? in\b.*|join (?:our|the) team|work (?:with|for) us|we(?:'|’)re hiring|sign in|log ?in|join now|sign up|create (?:an )?account|anmelden|se connecter|iniciar sesión|log ind)$/i;
const APPLY = /\b(?:apply|bewerben|postuler|candidat|solicitar|inscr[ií]bete|ansøg|søg (?:stillingen|jobbet))/i;
/** What inside the block is page chrome, not the posting. */
const CHROME =
  'nav,header,footer,aside,form,button,select,input,textarea,script,style,noscript,template,svg,iframe,dialog,[role=navigation],[role=dialog],[role=banner],[role=contentinfo],[aria-hidden=true],[hidden]';
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading],strong,b,dt,p,label';

const textLength = (el: Element) => oneLine(el.textContent).length;

/** A blog post or news story: a byline, or Article data. Advice on writing postings has every section a posting has. */
function isArticle(doc: Document): boolean {
  if (doc.querySelector('[rel~="author"],[itemprop="author"],.byline')) return true;
  return Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))
    .slice(0, 20)
    .some((s) => /"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|Report)"/.test((s.textContent ?? '').slice(0, 4000)));
}

/** Share of the block's text that sits in links: high on listings and search results. */
function linkShare(el: Element): number {
  let inLinks = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) inLinks += textLength(a);
  return inLinks / Math.max(1, textLength(el));
}

/**
 * Section headings of a posting in the page, outside forms (an application's
 * questions are not the posting): none unless one is a posting's own.
 */
function sectionHeadings(root: ParentNode): Element[] {
  const found: Element[] = [];
  const seen = new Set<string>();
  let own = false;
  for (const el of Array.from(root.querySelectorAll(HEADINGS)).slice(0, 3000)) {
    const text = oneLine(el.textContent).replace(/\s*[:：]$/, '');
    if (text.length > 60 || el.closest('form,nav,footer,aside')) continue;
    const posting = POSTING_SECTION.test(text);
    if (!posting && !SHARED_SECTION.test(text)) continue;
    // A strong or label counts only as a paragraph's lead-in, not inside a sentence.
    if (/^(?:STRONG|B|LABEL)$/.test(el.tagName) && oneLine(el.parentElement?.textContent).length > text.length + 2) continue;
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    own ||= posting;
    found.push(el);
  }
  return own ? found : [];
}

/** The deepest element holding most of the section headings: the posting's own block. */
function blockOf(headings: Element[]): Element | undefined {
  const counts = new Map<Element, number>();
  for (const h of headings)
    for (let el = h.parentElement, i = 0; el && i < 12; el = el.parentElement, i++) counts.set(el, (counts.get(el) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(headings.length * 0.7));
  let best: Element | undefined;
  let depth = -1;
  for (const [el, n] of counts) {
    if (n < need) continue;
    let d = 0;
    for (let p = el.parentElement; p; p = p.parentElement) d++;
    if (d > depth) {
      best = el;
      depth = d;
    }
  }
  return best;
}

const titleParts = (doc: Document) =>
  oneLine(doc.title)
    .split(/\s+[|–—·-]\s+/)
    .filter(Boolean);

/**
 * The title shown on the page: the main heading nearest the posting's block
 * (a search page's own h1 heads its list, the selected job's heads its pane),
 * else og:title, else the document title without the site's name.
 */
function titleOf(doc: Document, block: Element, site: string): string {
  let h1: Element | null = null;
  for (let el: Element | null = block; el && !h1; el = el.parentElement)
    h1 =
      Array.from(el.querySelectorAll('h1')).find(
        (h) => !h.closest('nav,footer,aside,dialog,[role=dialog],[aria-hidden=true],[hidden]'),
      ) ?? null;
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const part = titleParts(doc).find((p) => p.toLowerCase() !== site.toLowerCase());
  for (const t of [lineText(h1), oneLine(og), part ?? '']) if (t.length >= 3 && t.length <= 150) return t;
  return '';
}

/** The site's name, its logo's alt text, or what the document title says beside the posting's ("Careers at X"). */
function companyOf(doc: Document, onBoard: boolean, title: string): string {
  // On a job board, the site's name is the board's, not the employer's.
  if (onBoard) return '';
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  const logo = first(doc, 'header img[alt]|[class*="logo" i] img[alt]|img[class*="logo" i][alt]');
  // "Accounting Supervisor | Careers | Pinecrest": not the label, the name.
  const other = titleParts(doc).find(
    (p) =>
      p !== title && !/^(?:careers?|jobs?|job openings?|open positions|vacancies|karriere|stellenangebote|emplois)$/i.test(p),
  );
  return oneLine(site) || lineText(logo) || other || '';
}

/**
 * The page's one posting, or undefined when it holds none. onBoard: the page
 * is on a job board, whose name is not the company; titleNoise: what the
 * site adds to titles.
 */
export function readMainContent(doc: Document, href: string, onBoard = false, titleNoise?: RegExp): PagePosting | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const headings = sectionHeadings(body);
  if (headings.length < 2) return undefined;
  const block = blockOf(headings);
  if (!block || block === doc.documentElement) return undefined;
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  const title = titleOf(doc, block, site)
    .replace(titleNoise ?? /$^/, '')
    .trim();
  if (!title || NOT_A_POSTING.test(title)) return undefined;
  const copy = block.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll(CHROME))) el.remove();
  // Lists of links inside the block are related jobs or share menus, not the posting.
  for (const el of Array.from(copy.querySelectorAll('ul,ol'))) if (linkShare(el) > 0.6) el.remove();
  for (const h of Array.from(copy.querySelectorAll('h1'))) if (oneLine(h.textContent) === title) h.remove();
  for (const a of Array.from(copy.querySelectorAll('a'))) if (APPLY.test(oneLine(a.textContent))) a.remove();
  const text = oneLine(copy.textContent);
  if (text.length < 300 || linkShare(copy) > 0.35) return undefined;
  const sections = sectionHeadings(copy).length;
  if (sections < 2) return undefined;
  // An apply control of the page's own, not a site menu's ("Apply now" in a university's header).
  const applies = Array.from(doc.querySelectorAll('a,button,input[type=submit],input[type=button]'))
    .slice(0, 2000)
    .some((el) => APPLY.test(oneLine(el.textContent) || (el.getAttribute('value') ?? '')) && !el.closest('nav,header,footer'));
  if (!applies && isArticle(doc)) return undefined;
  return {
    id: '',
    url: href,
    title: title.slice(0, MAX_TITLE_CHARS),
    company: companyOf(doc, onBoard, title).slice(0, MAX_SHORT_TEXT),
    locations: [],
    employmentType: '',
    datePosted: '',
    remote: false,
    salary: '',
    description: copy.innerHTML.slice(0, MAX_PAGE_DESCRIPTION_CHARS),
    source: 'heuristic',
    // Sure only as far as the page looks like one posting: its sections, an apply button, its length.
    confidence: Math.min(0.75, 0.3 + 0.08 * Math.min(sections, 4) + (applies ? 0.1 : 0) + (text.length > 1500 ? 0.05 : 0)),
  };
}
