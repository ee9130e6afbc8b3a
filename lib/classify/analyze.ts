import { type Features, featuresOf } from './features';
import { languagesOf } from './language';
import { type Finding, findingsOf } from './read/findings';
import { type RoleNames, roleNamesFor } from './read/holder';
import { rulesFor } from './rules';
import type { Language } from './rules/types';
import { type Clause, clausesOf } from './segment/clauses';

/** A posting read the whole way: its clauses, what the rules found in them, and the model's features. */
export interface Analysis {
  languages: Language[];
  clauses: Clause[];
  names: RoleNames;
  findings: Finding[];
  features: Features;
}

export function analyze(title: string, description: string): Analysis {
  const languages = languagesOf(description);
  const clauses = clausesOf(description);
  const names = roleNamesFor(title);
  const findings = findingsOf(clauses, rulesFor(languages), names);
  return { languages, clauses, names, findings, features: featuresOf(title, clauses, findings) };
}
