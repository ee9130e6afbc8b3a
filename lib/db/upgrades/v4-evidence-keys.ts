import type { Transaction } from 'dexie';

/** Signals of classifications stored before the classifier was rebuilt, and what they mean now. */
const SIGNALS: Record<string, string> = {
  authority: 'staff',
  'team-size': 'team',
  'no-authority': 'ic',
  'influence-only': 'influence',
};

type Row = Record<string, unknown>;

function evidenceNow(e: unknown): unknown {
  if (typeof e !== 'object' || e === null || 'say' in e) return e;
  const { explanation, ...rest } = e as Row;
  const signal = typeof rest.signal === 'string' ? (SIGNALS[rest.signal] ?? rest.signal) : rest.signal;
  return {
    ...rest,
    signal,
    rule: 'legacy',
    reading: 'duty',
    say: { key: 'evLegacy', args: [typeof explanation === 'string' ? explanation.slice(0, 400) : ''] },
  };
}

const reasonNow = (r: unknown): unknown =>
  typeof r === 'string' ? { say: { key: 'evLegacy', args: [r.slice(0, 400)] }, reading: 'duty' } : r;

/**
 * Version 4: the classifier's evidence and reasons are message keys with
 * their words (said in the user's language when shown), each piece of
 * evidence naming the rule that found it. Rows classified before hold English
 * sentences: each is kept, word for word, under the key that says it as it
 * was, and the posting is classified anew the next time a page shows it.
 */
export function upgradeToV4(tx: Transaction) {
  return tx
    .table('keyedPostings')
    .toCollection()
    .modify((row: Row) => {
      const c = row.classification;
      if (typeof c !== 'object' || c === null) return;
      const classification = c as Row;
      if (Array.isArray(classification.evidence)) classification.evidence = classification.evidence.map(evidenceNow);
      if (Array.isArray(classification.reasons)) classification.reasons = classification.reasons.map(reasonNow);
    });
}
