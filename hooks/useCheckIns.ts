import { useCallback, useEffect, useState } from 'react';
import { CHECK_IN_MINUTES } from '@/lib/assess/check-in';
import { addCheckIn, listCheckIns } from '@/lib/db/check-ins';
import { db } from '@/lib/db/database';
import { clearSetting, getSetting, setSetting } from '@/lib/db/settings';
import { t } from '@/lib/i18n/t';
import {
  dropCheckInPermissions,
  nextCheckIn,
  requestCheckInPermissions,
  scheduleCheckIn,
} from '@/lib/messages/check-in-reminder';
import type { CheckInEvery } from '@/lib/model/check-in';
import { useLive } from './useLive';

/**
 * The check-ins (live, so one kept in another page shows at once) and the
 * reminder: turning it on asks the browser for its permissions inside the
 * user's own change, then sets the alarm; turning it off takes both away.
 */
export function useCheckIns(fail: (e: unknown) => void) {
  const checkIns = useLive('check-ins', () => listCheckIns(db()), fail);
  const every = useLive('check-in-every', async () => (await getSetting(db(), 'checkInEvery')) ?? null, fail);
  const [next, setNext] = useState<number | undefined>(undefined);
  const [reminderNotice, setReminderNotice] = useState<string | null>(null);

  useEffect(() => {
    if (every === undefined) return;
    nextCheckIn().then(setNext, () => setNext(undefined));
  }, [every]);

  const changeEvery = useCallback(
    (choice: CheckInEvery | null) => {
      if (choice === null) {
        setReminderNotice(null);
        clearSetting(db(), 'checkInEvery')
          .then(() => scheduleCheckIn(null))
          .then(dropCheckInPermissions)
          .catch(fail);
        return;
      }
      // First, while the user's change is still the gesture the browser needs for its prompt.
      requestCheckInPermissions().then(async (granted) => {
        if (!granted) {
          setReminderNotice(t('checkInDenied'));
          return;
        }
        setReminderNotice(null);
        await setSetting(db(), 'checkInEvery', choice);
        await scheduleCheckIn(CHECK_IN_MINUTES[choice]);
        setNext(await nextCheckIn());
      }, fail);
    },
    [fail],
  );

  const save = useCallback(async (notes: Record<string, string>) => {
    await addCheckIn(db(), notes);
  }, []);

  return { checkIns: checkIns ?? [], every: every ?? null, next, reminderNotice, changeEvery, save };
}
