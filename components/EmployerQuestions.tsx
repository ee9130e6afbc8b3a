import { useId } from 'react';
import { t } from '@/lib/i18n/t';
import { sayPhrase } from '@/lib/i18n/words';
import type { Phrase } from '@/lib/model/fit';

/**
 * Two or three questions to ask the recruiter where the posting does not say
 * what would decide the fit (lib/fit/questions.ts); nothing when it does.
 */
export function EmployerQuestions({ questions, compact = false }: { questions: readonly Phrase[]; compact?: boolean }) {
  const id = useId();
  if (questions.length === 0) return null;
  return (
    <section className="ask" aria-labelledby={id}>
      <h2 id={id} className="ask-title">
        {t('askTitle')}
      </h2>
      {!compact && <p className="ask-help">{t('askHelp')}</p>}
      <ul className="ask-list">
        {questions.map((q) => (
          <li key={q.key}>{sayPhrase(q)}</li>
        ))}
      </ul>
    </section>
  );
}
