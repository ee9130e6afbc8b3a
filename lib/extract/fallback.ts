import { Readability } from '@mozilla/readability';
import type { Posting } from '../model/posting';
import { htmlToText, tidyText } from './html-text';
import { postingId } from './posting-id';

/**
 * "Analyze this page" on a page no reader knows: the main content by
 * Mozilla's Readability (the engine of Firefox's Reader View, far better
 * than anything hand-written at finding an article's body) and the title by
 * heuristics. Loaded only on demand, never in the job-site content script.
 */

const JOB_WORDS =
  /\b(?:responsibilities|requirements|qualifications|what you(?:'ll| will) do|about the role|apply|salary|benefits|experience|aufgaben|profil|missions|requisitos)\b/gi;

function titleOf(doc: Document, readabilityTitle: string): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  const fromDocTitle = doc.title.split(/\s+[|–—-]\s+/)[0] ?? '';
  for (const candidate of [h1, og, readabilityTitle, fromDocTitle]) {
    const t = tidyText(candidate).replace(/\s+/g, ' ');
    if (t.length >= 3 && t.length <= 200) return t;
  }
  return '';
}

export function extractHeuristic(doc: Document, href: string): Posting[] {
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 300 }).parse();
  const description = article?.content ? htmlToText(article.content) : '';
  const title = titleOf(doc, article?.title ?? '');
  if (!title || description.length < 200) return [];
  const jobWords = new Set((description.match(JOB_WORDS) ?? []).map((w) => w.toLowerCase())).size;
  return [
    {
      id: postingId(href, title),
      url: href,
      title: title.slice(0, 300),
      company: tidyText(article?.siteName ?? '').slice(0, 200),
      locations: [],
      employmentType: '',
      datePosted: '',
      remote: false,
      salary: '',
      description,
      source: 'heuristic',
      // Readability finds an article, not necessarily a job: say how unsure we are.
      confidence: Math.min(0.6, 0.2 + 0.08 * jobWords),
    },
  ];
}
