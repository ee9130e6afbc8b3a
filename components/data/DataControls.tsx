import { useId, useState } from 'react';
import { t } from '@/lib/i18n/t';

export interface DataControlsProps {
  persisted: boolean | undefined;
  syncEnabled: boolean;
  onSyncChange: (enabled: boolean) => void;
  onExport: () => Promise<void>;
  /** Resolves with a plain summary, rejects with a plain reason. */
  onImport: (text: string) => Promise<string>;
  onDeleteAll: () => Promise<void>;
}

/** Export, import, sync and delete: the user's data, in the user's hands. */
export function DataControls({ persisted, syncEnabled, onSyncChange, onExport, onImport, onDeleteAll }: DataControlsProps) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileId = useId();
  const report = (p: Promise<string>) =>
    p.then(
      (text) => setMessage({ kind: 'ok', text }),
      (e: unknown) => setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) }),
    );

  return (
    <div className="data-controls">
      <p className="muted">
        {t('dataWhere')} {persisted === true ? t('dataPersisted') : t('dataMayEvict')}
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
            if (file) report(file.text().then(onImport));
          }}
        />
      </div>
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
                  report(onDeleteAll().then(() => t('dataDeleted')));
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
      </div>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
