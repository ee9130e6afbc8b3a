/**
 * npm run classify -- [--profile FILE] [--url URL] [--analyze] <paths...>
 * Classifies saved .html pages, .json (a JobPosting or an array) and .jsonl
 * files offline. One JSON object a line per posting on stdout; a file that
 * cannot be read is reported on stderr and the others still print. A saved
 * page is read as the browser would read it at its address: --url URL, else
 * the address the page records (Chrome's "saved from url" comment, its
 * canonical link, og:url), else its file; --analyze reads it as "Analyze this
 * page" does, on any site. A page with no single posting is noted on stderr.
 * With --profile (an export file, e.g. examples/profiles/leader-leaning.json),
 * each line also gets "fit" against that file's latest profile.
 */

import { readFileSync } from 'node:fs';
import { classify } from '../lib/classify/role-type';
import { speakEnglish } from '../lib/cli/english';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { addressOf, readPostings } from '../lib/cli/read-postings';
import { parseExport } from '../lib/db/backup';
import { fitOf } from '../lib/fit/score';
import { sayFound } from '../lib/i18n/found';
import type { ProfileSnapshot } from '../lib/model/profile';

speakEnglish();

const USAGE =
  'usage: npm run classify -- [--profile profile.json] [--url https://…] [--analyze] <file.html|file.json|file.jsonl>...';
const args = process.argv.slice(2);
const WITH_VALUE = new Set(['--profile', '--url']);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? '') : undefined;
};
const profileFile = option('--profile');
const url = option('--url');
const analyze = args.includes('--analyze');
const paths = args.filter((a, i) => !a.startsWith('--') && !WITH_VALUE.has(args[i - 1] ?? ''));
const unknown = args.filter((a) => a.startsWith('--') && !WITH_VALUE.has(a) && a !== '--analyze');
if (paths.length === 0 || profileFile === '' || url === '' || unknown.length > 0) {
  console.error(unknown.length > 0 ? `unknown option ${unknown[0]}\n${USAGE}` : USAGE);
  process.exit(2);
}
if (url !== undefined) {
  try {
    if (!/^https?:$/.test(new URL(url).protocol)) throw new Error();
  } catch {
    console.error(`--url ${url}: not a web address (https://…)`);
    process.exit(2);
  }
}

let profile: ProfileSnapshot | undefined;
if (profileFile) {
  try {
    const profiles = parseExport(readFileSync(profileFile, 'utf8')).profiles;
    profile = [...profiles].sort((a, b) => a.createdAt - b.createdAt).at(-1);
    if (!profile) throw new Error('it holds no profile');
  } catch (e) {
    console.error(`${profileFile}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
}

let failed = 0;
for (const path of paths) {
  let rows: ReturnType<typeof readPostings>;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
    rows = readPostings(path, text, parseHtmlDocument, { url, analyze });
  } catch (e) {
    failed++;
    console.error(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    continue;
  }
  if (rows.length === 0 && /\.html?$/i.test(path))
    console.error(`${path}: no single posting on this page (read at ${addressOf(path, text, parseHtmlDocument(text), { url })})`);
  for (const { source, posting } of rows) {
    const c = classify(posting);
    const line = {
      source,
      id: posting.id,
      url: posting.url,
      reader: posting.source,
      title: posting.title,
      company: posting.company,
      location: posting.locations.join('; '),
      description: posting.description,
      roleType: c.roleType,
      scores: c.scores,
      confidence: c.confidence,
      orientation: c.orientation,
      demand: c.demand,
      evidence: c.evidence,
      reasons: c.reasons.map(sayFound),
      ...(profile ? { fit: (({ score, band, reasons }) => ({ score, band, reasons }))(fitOf(c, profile)) } : {}),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
// exitCode, not exit(): the process ends once every line written is flushed, even to a slow pipe.
process.exitCode = failed > 0 ? 1 : 0;
