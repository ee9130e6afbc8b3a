import { useEffect, useRef, useState } from 'react';
import { FIVE_YEAR_OPTIONS, ITEMS, READINESS, REFLECTIONS } from '@/lib/assess/instrument';
import { assessmentSteps, stepComplete } from '@/lib/assess/steps';
import { t } from '@/lib/i18n/t';
import type { Answers, FiveYear } from '@/lib/model/profile';
import type { Draft } from '@/lib/model/settings';
import { LikertItem } from './LikertItem';

export interface AssessmentProps {
  draft: Draft;
  /** Called on every answer and step, so the container can store it at once. */
  onDraftChange: (draft: Draft) => void;
  onComplete: (answers: Answers) => void;
  onCancel?: () => void;
}

const STEPS = assessmentSteps();
const TITLES = { fiveYear: 'assessFiveYearTitle', readiness: 'assessReadinessTitle', reflections: 'assessReflectTitle' } as const;

/**
 * The self-assessment as a stepper that fits the popup: one short page at a
 * time, keyboard-only friendly (native controls, focus moves to each new
 * page's heading), resumable from the stored draft.
 */
export function Assessment({ draft, onDraftChange, onComplete, onCancel }: AssessmentProps) {
  const [answers, setAnswers] = useState<Answers>(draft.answers);
  const [step, setStep] = useState(Math.min(draft.step, STEPS.length - 1));
  const heading = useRef<HTMLHeadingElement>(null);
  const current = STEPS[step] ?? STEPS[0];
  const last = step === STEPS.length - 1;

  const body = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the heading, and the questions to their top, each time the step changes
  useEffect(() => {
    heading.current?.focus();
    body.current?.scrollTo(0, 0);
  }, [step]);

  // Every change is stored as the draft once it has rendered, so closing the popup loses nothing.
  const stored = useRef({ answers, step });
  useEffect(() => {
    if (stored.current.answers === answers && stored.current.step === step) return;
    stored.current = { answers, step };
    onDraftChange({ answers, step, updatedAt: Date.now() });
  }, [answers, step, onDraftChange]);

  // Answers change through the previous state: two quick answers must not overwrite each other.
  const answer = (change: (previous: Answers) => Answers) => setAnswers(change);

  if (!current) return null;
  const ready = stepComplete(current, answers);
  const title =
    current.kind === 'items'
      ? t('assessQuestions', current.first, current.first + current.items.length - 1, ITEMS.length)
      : t(TITLES[current.kind]);

  return (
    <form
      className="assessment"
      aria-labelledby="assessment-step-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        if (last) onComplete(answers);
        else setStep(step + 1);
      }}
    >
      <div
        className="progress"
        role="progressbar"
        aria-label={t('assessProgress')}
        aria-valuemin={1}
        aria-valuemax={STEPS.length}
        aria-valuenow={step + 1}
        aria-valuetext={t('assessStepOf', step + 1, STEPS.length)}
      >
        <div className="progress-bar" style={{ width: `${((step + 1) / STEPS.length) * 100}%` }} />
      </div>
      <h2 id="assessment-step-title" ref={heading} tabIndex={-1} className="step-title">
        {title}
      </h2>
      {/* The questions scroll; the progress, the title and Back / Next stay in view. */}
      <div className="assessment-body" ref={body}>
        {current.kind === 'items' && (
          <>
            <p className="muted">{t('assessAgreeHow')}</p>
            {current.items.map((item, i) => (
              <LikertItem
                key={item.id}
                id={item.id}
                number={current.first + i}
                text={t(item.text)}
                value={answers.items[item.id]}
                onChange={(v) => answer((a) => ({ ...a, items: { ...a.items, [item.id]: v } }))}
              />
            ))}
          </>
        )}
        {current.kind === 'fiveYear' && (
          <fieldset className="choice-group">
            <legend>{t('assessFiveYearQuestion')}</legend>
            {FIVE_YEAR_OPTIONS.map((o) => (
              <label key={o.value} className="choice">
                <input
                  type="radio"
                  name="fiveYear"
                  value={o.value}
                  checked={answers.fiveYear === o.value}
                  onChange={() => answer((a) => ({ ...a, fiveYear: o.value as FiveYear }))}
                />
                <span>{t(o.label)}</span>
              </label>
            ))}
            <label className="note">
              <span className="muted">{t('assessInYourWords')}</span>
              <textarea
                rows={2}
                value={answers.fiveYearNote}
                maxLength={2000}
                onChange={(e) => {
                  const note = e.currentTarget.value;
                  answer((a) => ({ ...a, fiveYearNote: note }));
                }}
              />
            </label>
          </fieldset>
        )}
        {current.kind === 'readiness' && (
          <fieldset className="choice-group">
            <legend>{t('assessReadinessHelp')}</legend>
            {READINESS.map((r) => (
              <label key={r.id} className="choice">
                <input
                  type="checkbox"
                  checked={answers.readiness[r.id] ?? false}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    answer((a) => ({ ...a, readiness: { ...a.readiness, [r.id]: checked } }));
                  }}
                />
                <span>{t(r.text)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {current.kind === 'reflections' && (
          <div className="reflections">
            <p className="muted">{t('assessReflectHelp')}</p>
            {REFLECTIONS.map((q) => (
              <label key={q.id} className="note">
                <span>{t(q.text)}</span>
                <textarea
                  rows={3}
                  maxLength={4000}
                  value={answers.reflections[q.id] ?? ''}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    answer((a) => ({ ...a, reflections: { ...a.reflections, [q.id]: text } }));
                  }}
                />
              </label>
            ))}
          </div>
        )}
      </div>
      <div className="stepper-actions">
        {step > 0 ? (
          <button type="button" onClick={() => setStep(step - 1)}>
            {t('back')}
          </button>
        ) : (
          onCancel && (
            <button type="button" onClick={onCancel}>
              {t('later')}
            </button>
          )
        )}
        <button type="submit" className="primary" disabled={!ready} aria-describedby={ready ? undefined : 'step-hint'}>
          {t(last ? 'assessSeeResult' : 'next')}
        </button>
      </div>
      {!ready && (
        <p id="step-hint" className="muted step-hint">
          {t('assessAnswerAll')}
        </p>
      )}
    </form>
  );
}
