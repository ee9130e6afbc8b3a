import type { Ref } from 'react';
import { t } from '@/lib/i18n/t';

export interface UndoToastProps {
  /** What was done, in words; null hides the toast. */
  message: string | null;
  onUndo: () => void;
  onClose: () => void;
  undoRef?: Ref<HTMLButtonElement>;
}

/** What the user just did, with Undo, at the bottom of the window until they close it or act again. */
export function UndoToast({ message, onUndo, onClose, undoRef }: UndoToastProps) {
  return (
    <div className="toast-region" role="status">
      {message && (
        <div className="toast">
          <span>{message}</span>
          <button type="button" ref={undoRef} onClick={onUndo}>
            {t('panelUndo')}
          </button>
          <button type="button" className="icon-button" aria-label={t('detailClose')} title={t('detailClose')} onClick={onClose}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path d="M3.5 3.5l9 9m0-9-9 9" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      )}
    </div>
  );
}
