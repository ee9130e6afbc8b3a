/**
 * npm run classify -- [--profile FILE] <paths...>
 * Classifies saved .html pages, .json (a JobPosting or an array) and .jsonl
 * files offline. One JSON object a line per posting on stdout; a file that
 * cannot be read is reported on stderr and the others still print. With
 * --profile (an export file, e.g. examples/profiles/leader-leaning.json),
 * each line also gets "fit" against that file's latest profile.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../lib/classify/role-type';
import { speakEnglish } from '../lib/cli/english';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { readPostings } from '../lib/cli/read-postings';
import { parseExport } from '../lib/db/backup';
import { fitOf } from '../lib/fit/score';
import type { ProfileSnapshot } from '../lib/model/profile';

speakEnglish();

const args = process.argv.slice(2);
const profileAt = args.indexOf('--profile');
const profileFile = profileAt >= 0 ? args[profileAt + 1] : undefined;
const paths = args.filter((a, i) => !a.startsWith('--') && !(profileAt >= 0 && i === profileAt + 1));
if (paths.length === 0 || (profileAt >= 0 && !profileFile)) {
  console.error('usage: npm run classify -- [--profile profile.json] <file.html|file.json|file.jsonl>...');
  process.exit(2);
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
  try {
    rows = readPostings(path, readFileSync(path, 'utf8'), parseHtmlDocument);
  } catch (e) {
    failed++;
    console.error(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    continue;
  }
  for (const { source, posting } of rows) {
    const c = classify(posting);
    const line = {
      source,
      id: posting.id,
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
      reasons: c.reasons,
      ...(profile ? { fit: (({ score, band, reasons }) => ({ score, band, reasons }))(fitOf(c, profile)) } : {}),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
process.exit(failed > 0 ? 1 : 0);
