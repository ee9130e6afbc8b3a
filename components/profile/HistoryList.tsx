import { CHECK_IN_PROMPTS } from '@/lib/assess/check-in';
import { answerPatterns, isClear } from '@/lib/assess/patterns';
import { formatDate } from '@/lib/i18n/format';
import { type MessageKey, t } from '@/lib/i18n/t';
import type { CheckIn } from '@/lib/model/check-in';
import type { ProfileSnapshot } from '@/lib/model/profile';
import type { RoleType } from '@/lib/model/role-type';

const PATH: Record<RoleType, MessageKey> = {
  leadership: 'coachPathLeadership',
  specialist: 'coachPathSpecialist',
  hybrid: 'coachPathHybrid',
};

type Entry = { at: number; snapshot: ProfileSnapshot } | { at: number; checkIn: CheckIn };

/**
 * The history as the user lived it, newest first: each assessment with the
 * path it suggested (or none), and each check-in with the user's notes, in
 * their own words, beside them.
 */
export function HistoryList({ snapshots, checkIns }: { snapshots: ProfileSnapshot[]; checkIns: CheckIn[] }) {
  const entries: Entry[] = [
    ...snapshots.map((snapshot) => ({ at: snapshot.createdAt, snapshot })),
    ...checkIns.map((checkIn) => ({ at: checkIn.createdAt, checkIn })),
  ].sort((a, b) => b.at - a.at);
  if (entries.length === 0) return null;
  return (
    <section className="history-list" aria-labelledby="history-list-title">
      <h3 id="history-list-title">{t('historyListTitle')}</h3>
      <ol>
        {entries.map((e) =>
          'snapshot' in e ? (
            <li key={`a-${e.at}`} className="history-assessment">
              <span className="history-date">{formatDate(e.at)}</span>
              <span>
                {isClear(answerPatterns(e.snapshot.answers))
                  ? t('historyAssessment', t(PATH[e.snapshot.result.path]))
                  : t('historyAssessment', t('resultNoDirection'))}
              </span>
            </li>
          ) : (
            <li key={`c-${e.at}`} className="history-check-in">
              <span className="history-date">{formatDate(e.at)}</span>
              <div>
                <span>{t('historyCheckIn')}</span>
                <dl>
                  {CHECK_IN_PROMPTS.filter((p) => e.checkIn.notes[p.id]).map((p) => (
                    <div key={p.id}>
                      <dt>{t(p.text)}</dt>
                      <dd dir="auto">{e.checkIn.notes[p.id]}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
