import { useCallback, useEffect, useRef, useState } from 'react';
import { EmployerQuestions } from '@/components/EmployerQuestions';
import { type Notice, PanelView } from '@/components/panel/PanelView';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/messages/channel';
import type { AnalyzedPosting, FrameEvent } from '@/lib/messages/protocol';
import type { PostingStatus } from '@/lib/model/saved-posting';

const FOCUSABLE = 'button:not([disabled]), summary, a[href], [tabindex="0"]';

/** Keeps Tab inside the panel: from the last control to the first, and back. */
function trapTab(e: KeyboardEvent, root: HTMLElement) {
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const at = document.activeElement;
  if (e.shiftKey && (at === first || at === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (at === last || at === root || !root.contains(at))) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * The panel frame's glue: asks the background for the posting its token
 * names, reports its height so the page side can size the frame, takes
 * focus when the page side hands it over, and sends the user's actions.
 */
export function App({ token }: { token: string }) {
  const [data, setData] = useState<AnalyzedPosting | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<PostingStatus>('seen');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undoable, setUndoable] = useState(false);
  const before = useRef<PostingStatus>('seen');
  const root = useRef<HTMLDivElement>(null);
  const tell = useCallback(
    (event: FrameEvent) =>
      send({ type: 'frameEvent', token, event }).then(
        () => undefined,
        () => undefined,
      ),
    [token],
  );

  useEffect(() => {
    send({ type: 'getAnalysis', token }).then(
      (answer) => {
        setData(answer);
        setStatus(answer.status);
      },
      () => setFailure(t('panelGone')),
    );
  }, [token]);

  const ready = data !== null || failure !== null;
  useEffect(() => {
    const el = root.current;
    if (!ready || !el) return;
    // Focus comes when the page side focuses this frame, once it is shown at its size.
    let focused = false;
    const takeFocus = () => {
      if (focused) return;
      focused = true;
      el.focus();
    };
    addEventListener('focus', takeFocus);
    if (document.hasFocus()) takeFocus();
    const observer = new ResizeObserver(
      () => void tell({ kind: 'panelSize', height: Math.ceil(el.getBoundingClientRect().height) }),
    );
    observer.observe(el);
    const onKey = (e: KeyboardEvent) => {
      if (!e.isTrusted) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        void tell({ kind: 'close' });
      } else if (e.key === 'Tab') trapTab(e, el);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      removeEventListener('focus', takeFocus);
      observer.disconnect();
      document.removeEventListener('keydown', onKey);
    };
  }, [ready, tell]);

  const changeStatus = async (next: PostingStatus, then: () => void) => {
    if (!data) return;
    try {
      setStatus((await send({ type: 'setPostingStatus', id: data.id, status: next })).status);
      then();
    } catch (e) {
      setNotice({ text: t('panelCouldNot', e instanceof Error ? e.message : String(e)), error: true });
    }
  };

  return (
    <PanelView
      data={data}
      failure={failure}
      status={status}
      notice={notice}
      undoable={undoable}
      rootRef={root}
      onClose={() => void tell({ kind: 'close' })}
      onSave={() =>
        void changeStatus('saved', () => {
          // Saved after all: the badge stays.
          if (undoable) void tell({ kind: 'dismissed', dismissed: false });
          setUndoable(false);
          setNotice({ text: t('panelSavedToList') });
        })
      }
      onDismiss={() => {
        before.current = status;
        void changeStatus('dismissed', () => {
          setUndoable(true);
          setNotice({ text: t('panelDismissed') });
          void tell({ kind: 'dismissed', dismissed: true });
        });
      }}
      onUndo={() =>
        void changeStatus(before.current, () => {
          setUndoable(false);
          setNotice({ text: t('panelRestored') });
          void tell({ kind: 'dismissed', dismissed: false });
        })
      }
      onTakeAssessment={() =>
        void send({ type: 'openAssessment' }).then(
          () => setNotice(null),
          () => setNotice({ text: t('panelTabLimit'), error: true }),
        )
      }
    >
      {data && <EmployerQuestions questions={data.questions} compact />}
    </PanelView>
  );
}
