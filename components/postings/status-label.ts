import { type MessageKey, t } from '@/lib/i18n/t';
import type { PostingStatus } from '@/lib/model/saved-posting';

/** A pipeline status in the user's language. */
export function statusLabel(status: PostingStatus): string {
  return t(`status_${status}` as MessageKey);
}
