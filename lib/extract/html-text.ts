import { MAX_DESCRIPTION_CHARS } from '../model/limits';

/**
 * HTML (as JSON-LD descriptions carry it) to plain text, without a DOM, so the
 * same code runs in the page, the service worker and Node. Paragraphs become
 * blank-line separated, list items get a line of their own with a bullet.
 * Nothing is ever rendered: the output is text and is only shown as text.
 */

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'ul',
  'ol',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'dl',
  'dd',
  'dt',
  'main',
  'aside',
]);
const DROP_CONTENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  icirc: 'î',
  iuml: 'ï',
  ucirc: 'û',
  ugrave: 'ù',
  Eacute: 'É',
  ntilde: 'ñ',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  iexcl: '¡',
  iquest: '¿',
  laquo: '«',
  raquo: '»',
  shy: '',
};

/** Input beyond this is cut before parsing: a bounded cost on hostile 10 MB descriptions. */
const MAX_INPUT_CHARS = MAX_DESCRIPTION_CHARS * 4;

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,10});/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? Number.parseInt(ent.slice(2), 16) : Number.parseInt(ent.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ent] ?? NAMED_ENTITIES[ent.toLowerCase()] ?? whole;
  });
}

const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>/g;
const ESCAPED_HTML = /&lt;\/?(?:p|br|li|ul|ol|div|strong|b|h[1-6]|span)\b/i;
const LOOKS_LIKE_HTML = /<\/?(p|br|li|ul|ol|div|strong|b|em|i|h[1-6]|span|a|table|script|style)\b[^>]*>/i;

function convert(html: string): string {
  let out = '';
  let last = 0;
  let dropDepth = 0;
  let dropTag = '';
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m !== null; m = TAG_RE.exec(html)) {
    if (dropDepth === 0) out += html.slice(last, m.index);
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    if (dropDepth > 0) {
      if (name === dropTag) dropDepth += closing ? -1 : 1;
      continue;
    }
    if (DROP_CONTENT_TAGS.has(name) && !closing && !m[0].endsWith('/>')) {
      dropDepth = 1;
      dropTag = name;
    } else if (name === 'br') out += '\n';
    else if (name === 'li') out += closing ? '' : '\n• ';
    else if (BLOCK_TAGS.has(name)) out += '\n\n';
    else if (name === 'td' || name === 'th') out += closing ? '\t' : '';
  }
  if (dropDepth === 0) out += html.slice(last);
  return out;
}

/** Collapses whitespace inside lines and runs of blank lines, and drops control characters. */
export function tidyText(s: string): string {
  return (
    s
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n•\s*(?=\n|$)/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

export function htmlToText(input: string): string {
  let s = input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input;
  // Descriptions arrive plain, HTML, HTML-escaped HTML, or escaped twice.
  for (let pass = 0; pass < 4; pass++) {
    if (LOOKS_LIKE_HTML.test(s)) s = convert(s);
    const decoded = decodeEntities(s);
    const more = decoded !== s && (LOOKS_LIKE_HTML.test(decoded) || ESCAPED_HTML.test(decoded));
    s = decoded;
    if (!more) break;
  }
  const text = tidyText(s);
  return text.length > MAX_DESCRIPTION_CHARS ? `${text.slice(0, MAX_DESCRIPTION_CHARS - 1)}…` : text;
}
