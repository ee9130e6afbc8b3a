import { useId, useState } from 'react';

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
        Everything Crossroads knows about you lives in this browser, in the extension's own storage.{' '}
        {persisted === true
          ? 'Your browser has agreed to keep it even when disk space runs low.'
          : 'Your browser may clear it if disk space runs low, and uninstalling removes it: export a copy now and then.'}
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => report(onExport().then(() => 'Export saved to your downloads.'))}
        >
          Export everything
        </button>
        <label htmlFor={fileId} className="button-like">
          Import a file…
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
          Sync my latest profile across my browsers
          <span className="muted block">
            Uses your browser's own sync (your browser account), without reflections. Postings never leave this browser.
          </span>
        </span>
      </label>
      <div className="danger-zone">
        {confirming ? (
          <fieldset className="confirm">
            <legend>
              <strong>Delete every profile, saved posting and note?</strong> This cannot be undone.
            </legend>
            <div className="row">
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setConfirming(false);
                  report(onDeleteAll().then(() => 'Everything was deleted.'));
                }}
              >
                Yes, delete everything
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep my data
              </button>
            </div>
          </fieldset>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete everything…
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
