import { type ReactNode, useEffect, useId, useState } from 'react';
import { formatNumber } from '@/lib/i18n/format';
import { tn } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { ImportSummary } from '@/lib/model/export-file';
import { RETENTION_BOUNDS } from '@/lib/model/limits';
import type { Retention } from '@/lib/model/settings';
import { ImportResult } from './ImportResult';

export interface DataControlsProps {
  persisted: boolean | undefined;
  /** Bytes this extension stores, when the browser says. */
  usage: number | undefined;
  syncEnabled: boolean;
  onSyncChange: (enabled: boolean) => void;
  onExport: () => Promise<void>;
  /** Resolves with what the import did, rejects with a plain reason. */
  onImport: (text: string) => Promise<ImportSummary>;
  onDeleteAll: () => Promise<void>;
  retention: Retention | undefined;
  /** Stores the retention and applies it; resolves with how many seen postings it deleted. */
  onRetentionChange: (retention: Retention) => Promise<number>;
  /** Deletes seen postings last seen before the time; resolves with how many. */
  onForgetSeenBefore: (before: number) => Promise<number>;
}

type Message = { kind: 'ok' | 'error'; content: ReactNode } | null;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A live region for one group of controls: what the last action did, or why it failed. */
function Said({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <div role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
      {message.content}
    </div>
  );
}

function useReport() {
  const [message, setMessage] = useState<Message>(null);
  const report = (p: Promise<ReactNode>) =>
    p.then(
      (content) => setMessage({ kind: 'ok', content }),
      (e: unknown) => setMessage({ kind: 'error', content: errorText(e) }),
    );
  return { message, report };
}

/** The local date input's value (yyyy-mm-dd) as the start of that day, here. */
function startOfDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : null;
}

/** How long seen postings are kept, and forgetting them before a date. */
function RetentionControls({
  retention,
  onRetentionChange,
  onForgetSeenBefore,
}: Pick<DataControlsProps, 'retention' | 'onRetentionChange' | 'onForgetSeenBefore'>) {
  const [days, setDays] = useState('');
  const [rows, setRows] = useState('');
  const [before, setBefore] = useState('');
  const { message, report } = useReport();
  const ids = { days: useId(), rows: useId(), before: useId(), help: useId() };
  useEffect(() => {
    if (!retention) return;
    setDays(String(retention.days));
    setRows(String(retention.rows));
  }, [retention]);
  const deleted = (n: number) => (n === 0 ? t('retentionNoneDeleted') : tn('retentionDeleted', n));
  const forgotten = (n: number) => (n === 0 ? t('deleteSeenNone') : tn('deleteSeen', n));
  return (
    <fieldset className="retention" aria-describedby={ids.help}>
      <legend>{t('retentionTitle')}</legend>
      <p id={ids.help} className="muted">
        {t('retentionHelp')}
      </p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          report(onRetentionChange({ days: Number(days), rows: Number(rows) }).then(deleted));
        }}
      >
        <label htmlFor={ids.days}>{t('retentionDays')}</label>
        <input
          id={ids.days}
          type="number"
          required
          inputMode="numeric"
          min={RETENTION_BOUNDS.days.min}
          max={RETENTION_BOUNDS.days.max}
          value={days}
          onChange={(e) => setDays(e.currentTarget.value)}
        />
        <label htmlFor={ids.rows}>{t('retentionRows')}</label>
        <input
          id={ids.rows}
          type="number"
          required
          inputMode="numeric"
          min={RETENTION_BOUNDS.rows.min}
          max={RETENTION_BOUNDS.rows.max}
          value={rows}
          onChange={(e) => setRows(e.currentTarget.value)}
        />
        <button type="submit">{t('retentionApply')}</button>
      </form>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          const time = startOfDay(before);
          report(time === null ? Promise.reject(new Error(t('deleteSeenNoDate'))) : onForgetSeenBefore(time).then(forgotten));
        }}
      >
        <label htmlFor={ids.before}>{t('deleteSeenLabel')}</label>
        <input id={ids.before} type="date" value={before} onChange={(e) => setBefore(e.currentTarget.value)} />
        <button type="submit">{t('deleteSeenButton')}</button>
      </form>
      <Said message={message} />
    </fieldset>
  );
}

/** Export, import, retention, sync and delete: the user's data, in the user's hands. */
export function DataControls(props: DataControlsProps) {
  const { persisted, usage, syncEnabled, onSyncChange, onExport, onImport, onDeleteAll } = props;
  const { message, report } = useReport();
  const deletion = useReport();
  const [confirming, setConfirming] = useState(false);
  const fileId = useId();

  return (
    <div className="data-controls">
      <p className="muted">
        {t('dataWhere')} {persisted === true ? t('dataPersisted') : t('dataMayEvict')}
        {usage !== undefined && <> {t('dataUsage', formatNumber(Math.max(1, Math.round(usage / 1_000_000))))}</>}
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={() => report(onExport().then(() => t('dataExported')))}>
          {t('dataExport')}
        </button>
        <label htmlFor={fileId} className="button-like">
          {t('dataImport')}
        </label>
        <input
          id={fileId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file)
              report(
                file
                  .text()
                  .then(onImport)
                  .then((summary) => <ImportResult summary={summary} />),
              );
          }}
        />
      </div>
      <Said message={message} />
      <RetentionControls
        retention={props.retention}
        onRetentionChange={props.onRetentionChange}
        onForgetSeenBefore={props.onForgetSeenBefore}
      />
      <label className="toggle">
        <input type="checkbox" checked={syncEnabled} onChange={(e) => onSyncChange(e.currentTarget.checked)} />
        <span>
          {t('dataSync')}
          <span className="muted block">{t('dataSyncHelp')}</span>
        </span>
      </label>
      <div className="danger-zone">
        {confirming ? (
          <fieldset className="confirm">
            <legend>
              <strong>{t('dataDeleteConfirm')}</strong>
              {t('dataDeleteCannotUndo')}
            </legend>
            <div className="row">
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setConfirming(false);
                  deletion.report(onDeleteAll().then(() => t('dataDeleted')));
                }}
              >
                {t('dataDeleteYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('dataDeleteNo')}
              </button>
            </div>
          </fieldset>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('dataDeleteAsk')}
          </button>
        )}
        <Said message={deletion.message} />
      </div>
    </div>
  );
}
