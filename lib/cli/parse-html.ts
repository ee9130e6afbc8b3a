import { parseHTML } from 'linkedom';

/** A Document from saved HTML, in Node, for the same extraction the browser runs. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
