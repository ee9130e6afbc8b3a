/**
 * npm run classify -- <paths...>
 * Classifies saved .html pages, .json (a JobPosting or an array) and .jsonl
 * files offline. One JSON object a line per posting on stdout; a file that
 * cannot be read is reported on stderr and the others still print.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../lib/classify/role-type';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { readPostings } from '../lib/cli/read-postings';

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (paths.length === 0) {
  console.error('usage: npm run classify -- <file.html|file.json|file.jsonl>...');
  process.exit(2);
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
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
process.exit(failed > 0 ? 1 : 0);
