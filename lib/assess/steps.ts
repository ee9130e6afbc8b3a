import type { Answers } from '../model/profile';
import { DIMENSIONS, ITEMS, type Item } from './instrument';

export type Step =
  | { kind: 'items'; items: Item[]; first: number }
  | { kind: 'fiveYear' }
  | { kind: 'readiness' }
  | { kind: 'reflections' };

const PER_PAGE = 4;

/**
 * The order the questions are asked in: items interleaved across dimensions,
 * so no page is about one thing (answers to a block of similar items drift),
 * then the five-year question, the readiness check and the reflections.
 */
export function assessmentSteps(): Step[] {
  const rounds = Math.max(...DIMENSIONS.map((d) => ITEMS.filter((i) => i.dimension === d.id).length));
  const ordered: Item[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of DIMENSIONS) {
      const item = ITEMS.filter((i) => i.dimension === d.id)[r];
      if (item) ordered.push(item);
    }
  }
  const steps: Step[] = [];
  for (let i = 0; i < ordered.length; i += PER_PAGE)
    steps.push({ kind: 'items', items: ordered.slice(i, i + PER_PAGE), first: i + 1 });
  steps.push({ kind: 'fiveYear' }, { kind: 'readiness' }, { kind: 'reflections' });
  return steps;
}

/** Whether a step is answered enough to move on: items and the five-year question are required, the rest optional. */
export function stepComplete(step: Step, answers: Answers): boolean {
  if (step.kind === 'items') return step.items.every((i) => answers.items[i.id] !== undefined);
  if (step.kind === 'fiveYear') return answers.fiveYear !== null;
  return true;
}
