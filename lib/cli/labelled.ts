import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Posting } from '../model/posting';
import type { RoleType } from '../model/role-type';
import { roleTypeSchema } from '../model/role-type';
import { readPostings } from './read-postings';

/** A labelled posting of one of the labelled sets. */
export interface LabelledPosting {
  /** Unique across sets: the set's name and the posting's own id. */
  id: string;
  set: string;
  label: RoleType;
  posting: Posting;
}

/** The postings of a labelled .jsonl file; a row without a valid label is an error that names its line. */
export function readLabelled(file: string): LabelledPosting[] {
  const set = basename(file).replace(/\.jsonl?$/, '');
  return readPostings(file, readFileSync(file, 'utf8'), () => {
    throw new Error('labelled sets are .json or .jsonl');
  }).map(({ posting, raw, source }, i) => {
    const label = roleTypeSchema.safeParse(raw?.label);
    if (!label.success) throw new Error(`${source}: "label" must be leadership, specialist or hybrid`);
    const own = typeof raw?.id === 'string' ? raw.id : String(i + 1);
    return { id: `${set}:${own}`, set, label: label.data, posting };
  });
}
