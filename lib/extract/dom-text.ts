import { MAX_PAGE_DESCRIPTION_CHARS } from '../model/limits';

/** An element's markup, read (never written), for the background to make into text with paragraphs kept. */
export function elementHtml(el: Element | null | undefined): string {
  return el ? el.innerHTML.slice(0, MAX_PAGE_DESCRIPTION_CHARS) : '';
}

/** One line of text: whitespace collapsed. */
export const oneLine = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** One line of text from an element: its text, or what an image or meta tag says (a logo's alt text, a meta's content). */
export function lineText(el: Element | null | undefined): string {
  return el ? oneLine(el.textContent) || oneLine(el.getAttribute('content') ?? el.getAttribute('alt')) : '';
}

/** Every element of the first of the '|'-separated alternatives that matches anything; none for an empty list. */
export function all(root: ParentNode, alternatives = ''): Element[] {
  for (const s of alternatives.split('|')) {
    if (!s) continue;
    const found = root.querySelectorAll(s);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** The first element any of the alternatives finds, in order of preference. */
export const first = (root: ParentNode, alternatives?: string): Element | undefined => all(root, alternatives)[0];

/** Rough text of markup, without a DOM: for comparing what two sources of one posting hold, never for showing. */
export const plainText = (html: string): string =>
  oneLine(
    html
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#?\w+;/g, '.'),
  );
