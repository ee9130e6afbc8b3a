/**
 * The address a saved page was at, as the page itself records it: Chrome's
 * "saved from url" comment (where the browser was), else its canonical link,
 * else og:url. Undefined when it records none, or only a non-web address.
 */
export function pageAddress(html: string, doc: Document): string | undefined {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url" i]')?.getAttribute('content');
  for (const candidate of [saved, canonical, og]) {
    try {
      if (candidate && /^https?:$/.test(new URL(candidate).protocol)) return new URL(candidate).href;
    } catch {
      // Not an address: try the next.
    }
  }
  return undefined;
}
