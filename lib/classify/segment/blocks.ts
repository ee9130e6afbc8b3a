/**
 * A posting's plain text cut into blocks: headings, list items and runs of
 * text, each located in the text it came from (offsets are never shifted, so
 * evidence can quote the user's own page). Real postings arrive damaged:
 * list items glued together without a separator ("customer locationsProviding
 * support"), headings glued to their first line ("Job ResponsibilitiesTrains
 * technicians"), bullets inline on one line. Those joins become block
 * boundaries here without a character being inserted.
 */

export type BlockKind = 'heading' | 'item' | 'text';

export interface Block {
  kind: BlockKind;
  /** Offsets of the block's content (markers such as "• " or "## " excluded). */
  start: number;
  end: number;
  text: string;
  /** Marked as a heading by the format itself (markdown, bold line, a trailing colon, capitals). */
  strongHeading: boolean;
}

const BULLET = /^(?:[-*•·▪◦‣►▸➢➤✓✔☐□○●◆◇–—]|\d{1,2}[.)](?!\d)|[a-z][.)]\s|\(\d{1,2}\)|\(?[ivx]{1,4}\))\s*/u;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const BOLD_LINE = /^(?:\*\*|__)(.+?)(?:\*\*|__):?\s*$/;
/** Bullets inside a line: "… as follows: • Supervise … • Gather …". */
const INLINE_BULLET = /\s*[•▪◦●]\s*|\s*·\s*(?=\p{Lu})/gu;

/**
 * Where two words are glued: a lower-case word of three or more letters
 * straight into a capitalised one ("locationsProviding"), or sentence
 * punctuation straight into a capital ("skills.Strong"). Brand names written
 * in camel case are kept whole.
 */
const GLUE = /(?<=\p{Ll}{3}|[.:;!?)])(?=\p{Lu}\p{Ll})/gu;
/** A bullet or a lower-case letter (or sentence punctuation) straight into a capital somewhere in the line. */
const MAYBE_CUT = /[•▪◦●·]|[a-zß-ÿ.:;!?)][A-ZÀ-Þ]/;
const CAMEL_WORD =
  /^(?:JavaScript|TypeScript|PowerPoint|PowerBI|LinkedIn|GitHub|GitLab|YouTube|WordPress|QuickBooks|SharePoint|PostgreSQL|MySQL|NoSQL|iOS|macOS|OneDrive|OneNote|DevOps|FinOps|SecOps|MLOps|DataOps|BigQuery|TensorFlow|PyTorch|NetSuite|ServiceNow|SolidWorks|AutoCAD|ArcGIS|HubSpot|MailChimp|SalesForce|Salesforce|FedEx|PayPal|McDonald|MacBook|iPhone|iPad|eCommerce|WooCommerce|InDesign|HighLevel|ClickUp|FastAPI|GraphQL|OpenShift|CloudFormation|DynamoDB|MongoDB|CockroachDB|ElasticSearch|OpenSearch|RabbitMQ|ActiveMQ|WebSocket|LiveView|NextJS|NodeJS|VueJS|ReactJS|AngularJS)$/;

/** "Label: a sentence or more" on one line. */
const LABEL_LINE = /^([^:.!?]{3,40}):\s+(\S.*)$/u;

const SENTENCE_END = /[.!?…]["')\]]*$/u;

/** Heading-shaped: short, no sentence punctuation at its end. */
export function headingShaped(text: string): boolean {
  if (text.length > 80 || text.length < 3) return false;
  if (SENTENCE_END.test(text) || /[,;]$/.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words <= 10;
}

function isStrongHeading(text: string): boolean {
  if (text.endsWith(':') && text.split(/\s+/).length <= 8) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Offsets inside a line where a new block starts: inline bullets and glued words. */
function cutsIn(line: string): Array<{ at: number; skip: number; bullet: boolean }> {
  const cuts: Array<{ at: number; skip: number; bullet: boolean }> = [];
  // Most lines have neither: two cheap tests spare the Unicode patterns.
  if (!MAYBE_CUT.test(line)) return cuts;
  INLINE_BULLET.lastIndex = 0;
  for (let m = INLINE_BULLET.exec(line); m !== null; m = INLINE_BULLET.exec(line)) {
    if (m.index === 0) continue;
    cuts.push({ at: m.index, skip: m[0].length, bullet: true });
  }
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(line); m !== null; m = GLUE.exec(line)) {
    const at = m.index;
    // A zero-width match: step past it, or exec would find it again.
    GLUE.lastIndex = at + 1;
    if (at === 0) continue;
    const before = /[\p{L}\p{N}]+$/u.exec(line.slice(Math.max(0, at - 30), at))?.[0] ?? '';
    const after = /^[\p{L}\p{N}]+/u.exec(line.slice(at, at + 30))?.[0] ?? '';
    if (CAMEL_WORD.test(before + after)) continue;
    cuts.push({ at, skip: 0, bullet: false });
  }
  return cuts.sort((a, b) => a.at - b.at);
}

function pushPiece(out: Block[], text: string, offset: number, kind: BlockKind, strong: boolean): void {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  if (!body) return;
  const start = offset + lead;
  out.push({ kind, start, end: start + body.length, text: body, strongHeading: strong });
}

/** One line of the text (no newline inside) into its blocks. */
function blocksOfLine(line: string, offset: number, out: Block[]): void {
  let text = line;
  let at = offset;
  const trimmed = text.trimStart();
  at += text.length - trimmed.length;
  text = trimmed.trimEnd();
  if (!text) return;

  const md = MARKDOWN_HEADING.exec(text);
  if (md) {
    pushPiece(
      out,
      text.slice(md[0].length).replace(/[*_]+/g, (s) => ' '.repeat(s.length)),
      at + md[0].length,
      'heading',
      true,
    );
    return;
  }
  const bold = BOLD_LINE.exec(text);
  if (bold?.[1] && headingShaped(bold[1])) {
    const inner = text.indexOf(bold[1]);
    pushPiece(out, bold[1], at + inner, 'heading', true);
    return;
  }
  let kind: BlockKind = 'text';
  const bullet = BULLET.exec(text);
  if (bullet && bullet[0].length < text.length) {
    kind = 'item';
    at += bullet[0].length;
    text = text.slice(bullet[0].length);
  }
  // "Responsibilities: Lead the…" is a heading and its first line; "Direct reports: none" stays one line.
  const labelled = LABEL_LINE.exec(text);
  if (
    kind === 'text' &&
    labelled?.[1] &&
    labelled[2] &&
    labelled[1].split(/\s+/).length <= 5 &&
    labelled[2].split(/\s+/).length >= 6
  ) {
    pushPiece(out, labelled[1], at, 'heading', true);
    at += labelled[0].length - labelled[2].length;
    text = labelled[2];
  }
  const cuts = cutsIn(text);
  let from = 0;
  const pieces: Array<{ text: string; at: number; bullet: boolean }> = [];
  let bulletNext = false;
  for (const cut of cuts) {
    pieces.push({ text: text.slice(from, cut.at), at: at + from, bullet: bulletNext });
    from = cut.at + cut.skip;
    bulletNext = cut.bullet;
  }
  pieces.push({ text: text.slice(from), at: at + from, bullet: bulletNext });
  for (const [i, p] of pieces.entries()) {
    const body = p.text.trim();
    if (!body) continue;
    // A glued or bulleted run is a list: its first piece may be the heading it was glued to.
    let k: BlockKind = i === 0 ? kind : 'item';
    if (k === 'text' && headingShaped(body)) k = 'heading';
    pushPiece(out, p.text, p.at, k, k === 'heading' && isStrongHeading(body));
  }
}

export function blocksOf(text: string): Block[] {
  const out: Block[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    blocksOfLine(line, offset, out);
    offset += line.length + 1;
  }
  return out;
}
