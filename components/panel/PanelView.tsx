import type { ReactNode, Ref, SyntheticEvent } from 'react';
import { type MessageKey, t } from '@/lib/i18n/t';
import type { RoleType } from '@/lib/model/role-type';
import type { PostingStatus } from '@/lib/model/saved-posting';
import { Mark } from '../Mark';
import { notStoredWords, type PanelData, type Quote, reasonsOf, signalsOf, verdictOf } from './panel-model';

const NAME: Record<RoleType, MessageKey> = {
  leadership: 'roleNameLeadership',
  specialist: 'roleNameSpecialist',
  hybrid: 'roleNameHybrid',
};

export interface Notice {
  text: string;
  error?: boolean;
}

export interface PanelViewProps {
  /** Null while the answer is on its way. */
  data: PanelData | null;
  /** Why there is nothing to show, in words. */
  failure: string | null;
  status: PostingStatus;
  notice: Notice | null;
  /** Dismissed from this panel: the Dismiss button offers Undo. */
  undoable: boolean;
  rootRef?: Ref<HTMLDivElement>;
  onClose: () => void;
  onSave: () => void;
  onDismiss: () => void;
  onUndo: () => void;
  onTakeAssessment: () => void;
  /** A place for more about the posting below its reasons (questions to ask the employer, later). */
  children?: ReactNode;
}

/** Only the user's own clicks and keys act: a script's synthetic event does nothing. */
const trusted = (act: () => void) => (e: SyntheticEvent) => {
  if (e.nativeEvent.isTrusted) act();
};

function QuoteText({ quote }: { quote: Quote | string }) {
  if (typeof quote === 'string') return <p className="quote">{quote}</p>;
  return (
    <p className="quote">
      <q>
        {quote.before}
        <mark>{quote.phrase}</mark>
        {quote.after}
      </q>
    </p>
  );
}

/**
 * The badge's panel: a verdict in one sentence first, then at most three
 * reasons with the posting's words (and the user's answers) behind each,
 * folded; Save and Dismiss (with Undo). Rendered in the panel frame, an
 * extension page: nothing here is ever in the job site's page.
 */
export function PanelView(props: PanelViewProps) {
  const { data, failure, status, notice, undoable } = props;
  const saved = status !== 'seen' && status !== 'dismissed';
  return (
    <div
      className="panel"
      role="dialog"
      aria-labelledby="panel-title"
      aria-describedby={data ? 'panel-verdict' : undefined}
      tabIndex={-1}
      ref={props.rootRef}
    >
      <header className="panel-head">
        <span className="brand">
          <Mark />
          Crossroads
        </span>
        <button
          type="button"
          className="close"
          aria-label={t('panelClose')}
          title={t('panelClose')}
          onClick={trusted(props.onClose)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3.5 3.5l9 9m0-9-9 9" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      {!data ? (
        <p id="panel-title" className="verdict" role={failure ? 'alert' : undefined}>
          {failure ?? t('panelLoading')}
        </p>
      ) : (
        <>
          <h1 id="panel-title" className="title">
            <span className={`dot ${data.classification.roleType}`} aria-hidden="true" />
            {data.fit
              ? t('roleWithFit', t(NAME[data.classification.roleType]), data.fit.score)
              : t(NAME[data.classification.roleType])}
          </h1>
          <p id="panel-verdict" className="verdict">
            {verdictOf(data)}
          </p>
          <p className="signals">{t('panelSignals', signalsOf(data.classification.confidence))}</p>
          <Reasons data={data} />
          {!data.fit && (
            <div className="invite">
              <p>{t('panelInvite')}</p>
              <button type="button" className="secondary" onClick={trusted(props.onTakeAssessment)}>
                {t('panelTakeAssessment')}
              </button>
            </div>
          )}
          {props.children}
          {data.notStored && <p className="not-stored">{notStoredWords(data)}</p>}
          <footer className="panel-foot">
            <div className="actions">
              <button type="button" className="primary" disabled={saved} onClick={trusted(props.onSave)}>
                {t(saved ? 'saved' : 'save')}
              </button>
              <button type="button" onClick={trusted(undoable ? props.onUndo : props.onDismiss)}>
                {t(undoable ? 'panelUndo' : 'dismiss')}
              </button>
            </div>
            <p className={`notice${notice?.error ? ' error' : ''}`} role="status">
              {notice?.text ?? ''}
            </p>
          </footer>
        </>
      )}
    </div>
  );
}

function Reasons({ data }: { data: PanelData }) {
  const reasons = reasonsOf(data);
  if (reasons.length === 0) return null;
  return (
    <section aria-labelledby="panel-why">
      <h2 id="panel-why">{t('panelWhy')}</h2>
      <ul className="reasons">
        {reasons.map((r) => (
          <li key={r.key} className={r.sign > 0 ? 'plus' : r.sign < 0 ? 'minus' : 'plain'}>
            <span className="sign" aria-hidden="true">
              {r.sign > 0 ? '+' : r.sign < 0 ? '−' : '•'}
            </span>
            <div>
              <p className="reason">
                {r.sign !== 0 && <span className="visually-hidden">{t(r.sign > 0 ? 'reasonFor' : 'reasonAgainst')}</span>}
                {r.text}
              </p>
              {(r.quotes.length > 0 || r.answer) && (
                <details>
                  <summary>{t('panelEvidence')}</summary>
                  {r.basis && <p className="basis">{r.basis}</p>}
                  {r.quotes.map((q) => (
                    <QuoteText key={typeof q === 'string' ? q : `${q.phrase}-${q.before.length}`} quote={q} />
                  ))}
                  {r.answer && <p className="answer">{r.answer}</p>}
                </details>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
