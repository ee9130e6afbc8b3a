import { browser } from 'wxt/browser';

/**
 * The periodic check-in reminder, only when the user turns it on: a browser
 * alarm wakes the background, which shows a notification. Both permissions
 * are asked for at that moment (in Chrome). Firefox does not accept `alarms`
 * as an optional permission; it grants it without a prompt or a warning,
 * so there it is in the manifest and only `notifications` is asked for.
 */
const CHECK_IN_PERMISSIONS = {
  permissions: (import.meta.env.FIREFOX ? ['notifications'] : ['alarms', 'notifications']) as Array<'alarms' | 'notifications'>,
};
const CHECK_IN_ALARM = 'crossroads-check-in';
const CHECK_IN_NOTIFICATION = 'crossroads-check-in';

/** Must run inside the user's click: the browser shows its own permission prompt. */
export function requestCheckInPermissions(): Promise<boolean> {
  return browser.permissions.request(CHECK_IN_PERMISSIONS);
}

export async function dropCheckInPermissions(): Promise<void> {
  await browser.permissions.remove(CHECK_IN_PERMISSIONS).catch(() => false);
}

/** Sets the reminder to come every so many minutes, the first one a period from now; null takes it away. */
export async function scheduleCheckIn(everyMinutes: number | null): Promise<void> {
  if (!browser.alarms) return;
  await browser.alarms.clear(CHECK_IN_ALARM);
  if (everyMinutes !== null)
    await browser.alarms.create(CHECK_IN_ALARM, { delayInMinutes: everyMinutes, periodInMinutes: everyMinutes });
}

/** When the next reminder is due (ms since the epoch), if one is set. */
export async function nextCheckIn(): Promise<number | undefined> {
  return browser.alarms ? (await browser.alarms.get(CHECK_IN_ALARM))?.scheduledTime : undefined;
}

let checkInWired = false;

/**
 * The background's side: on the alarm, a notification saying it is time to
 * check in; clicking it opens the check-in. Safe to call again once the
 * permissions are granted (the APIs appear only then in Chrome).
 */
export function wireCheckIn(words: { title: string; message: string }, open: () => void): void {
  if (checkInWired || !browser.alarms || !browser.notifications) return;
  checkInWired = true;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== CHECK_IN_ALARM) return;
    void browser.notifications
      .create(CHECK_IN_NOTIFICATION, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: words.title,
        message: words.message,
      })
      .catch((e: unknown) => console.warn('Crossroads: check-in reminder', e));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== CHECK_IN_NOTIFICATION) return;
    void browser.notifications.clear(id);
    open();
  });
}
