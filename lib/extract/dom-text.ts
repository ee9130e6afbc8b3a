import { MAX_PAGE_DESCRIPTION_CHARS } from '../model/limits';

/** An element's markup, read (never written), for the background to make into text with paragraphs kept. */
export function elementHtml(el: Element | null | undefined): string {
  return el ? el.innerHTML.slice(0, MAX_PAGE_DESCRIPTION_CHARS) : '';
}

/** One line of text from an element: a title, a company name. */
export function lineText(el: Element | null | undefined): string {
  return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** The first element any of the selectors finds, in order of preference. */
export function first(root: ParentNode, selectors: string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** The nearest ancestor (up to a few levels) that also holds one of the selectors: the posting's own pane. */
export function paneAround(el: Element, holds: string, maxUp = 10): Element | null {
  let node: Element | null = el;
  for (let i = 0; node && i < maxUp; i++, node = node.parentElement) {
    if (node.querySelector(holds)) return node;
  }
  return null;
}
