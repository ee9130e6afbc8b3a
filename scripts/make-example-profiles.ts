/**
 * Writes examples/profiles/*.json: the questionnaire answered as three
 * people would, scored by lib/assess, in the export format. Run again
 * (node --import tsx scripts/make-example-profiles.ts) when the instrument
 * or the scoring changes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INSTRUMENT_VERSION, ITEMS } from '../lib/assess/instrument';
import { scoreAnswers } from '../lib/assess/score';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, exportFileSchema } from '../lib/model/export-file';
import { type Answers, answersSchema, type FiveYear } from '../lib/model/profile';

type Persona = {
  file: string;
  items: number[];
  fiveYear: FiveYear;
  note: string;
  readiness: string[];
  reflections: Record<string, string>;
};

// Answers in ITEMS order: pl1 pl4 pl3 cd1 cd2 cd3 ss4 ss5 ss6 co4 co5 co3 au4 au5 au3 pr4 pr2 pr5 sm4 sm2 sm5 le4 le5 le3
const PERSONAS: Persona[] = [
  {
    file: 'leader-leaning.json',
    // An operations lead who wants to run a department.
    items: [5, 5, 1, 3, 2, 4, 5, 5, 1, 5, 4, 2, 3, 2, 3, 4, 5, 2, 2, 3, 4, 4, 4, 2],
    fiveYear: 'leading',
    note: 'Running a regional operations team of thirty.',
    readiness: ['r1', 'r2', 'r4', 'r6', 'r7'],
    reflections: {
      q1: 'Fulfilled: the week the new hires ran the shift alone. Drained: three days fixing a spreadsheet myself.',
      q2: 'Through others. The best days are when the team solves it without me.',
    },
  },
  {
    file: 'specialist-leaning.json',
    // A data scientist who wants to go deep.
    items: [3, 1, 5, 5, 5, 1, 2, 1, 4, 2, 2, 5, 5, 5, 1, 2, 3, 4, 5, 4, 2, 5, 5, 1],
    fiveYear: 'expert',
    note: 'A principal data scientist people come to for the hardest forecasting problems.',
    readiness: ['r1', 'r3', 'r5', 'r8'],
    reflections: {
      q1: 'Fulfilled: two days on the demand model with no meetings. Drained: a week of status updates.',
      q2: 'Through my own work. I like being the one who cracked it.',
      q3: 'Not the hands-on work. I would give up a bigger title first.',
    },
  },
  {
    file: 'hybrid-leaning.json',
    // A senior nurse who wants to lead a small team and keep caring for patients.
    items: [5, 4, 2, 5, 4, 1, 3, 3, 3, 4, 4, 2, 4, 3, 2, 3, 4, 3, 3, 3, 3, 4, 5, 1],
    fiveYear: 'both',
    note: 'Charge nurse on a unit I know well, still with my own patients.',
    readiness: ['r1', 'r3', 'r6', 'r9'],
    reflections: {
      q3: 'Not my patients. I would give up some evenings.',
      q4: 'Both, in the same shift: handover conversations in the morning, then my own patients.',
    },
  },
];

function answersOf(p: Persona, shift = 0): Answers {
  const items = Object.fromEntries(
    ITEMS.map((item, i) => [item.id, Math.min(5, Math.max(1, (p.items[i] ?? 3) + (item.reverse ? -shift : shift)))]),
  );
  return answersSchema.parse({
    items,
    fiveYear: p.fiveYear,
    fiveYearNote: p.note,
    readiness: Object.fromEntries(p.readiness.map((r) => [r, true])),
    reflections: p.reflections,
  });
}

const NOW = Date.UTC(2026, 9, 1);
const SIX_MONTHS = 182 * 24 * 3600 * 1000;
for (const persona of PERSONAS) {
  const snapshots = [
    // Six months earlier the same person answered a little less decidedly.
    { createdAt: NOW - SIX_MONTHS, answers: answersOf({ ...persona, fiveYear: 'unsure' }, 0) },
    { createdAt: NOW, answers: answersOf(persona) },
  ].map(({ createdAt, answers }) => ({
    createdAt,
    instrumentVersion: INSTRUMENT_VERSION,
    answers,
    result: scoreAnswers(answers),
  }));
  const file: ExportFile = exportFileSchema.parse({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(NOW).toISOString(),
    profiles: snapshots,
    postings: [],
  });
  writeFileSync(resolve(import.meta.dirname, '../examples/profiles', persona.file), `${JSON.stringify(file, null, 2)}\n`);
  const r = snapshots[1]?.result;
  console.log(
    `${persona.file}: path ${r?.path}, orientation ${r?.orientation.toFixed(2)}, hybrid appetite ${r?.hybridAppetite.toFixed(2)}`,
  );
}
