import { type PluralKey, tn } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { ImportSummary } from '@/lib/model/export-file';

/** Titles from the file, isolated so their direction cannot reorder the list. */
function Titles({ titles }: { titles: string[] }) {
  return (
    <ul>
      {titles.map((title, i) => (
        // Two postings may share a title.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once shown
        <li key={i}>
          <bdi>{title}</bdi>
        </li>
      ))}
    </ul>
  );
}

/** What an import did, line by line: added, merged, already here, kept over the file, refused, left out. */
export function ImportResult({ summary }: { summary: ImportSummary }) {
  const counts: Array<[PluralKey, number]> = [
    ['importAdded', summary.added],
    ['importMerged', summary.merged],
    ['importUnchanged', summary.unchanged],
    ['importProfilesAdded', summary.profilesAdded],
    ['importProfilesHeld', summary.profilesHeld],
    ['importCheckInsAdded', summary.checkInsAdded],
    ['importUnreadableRestored', summary.unreadableRestored],
  ];
  // What needs the user's eye comes last, after what simply happened.
  const leftOut: Array<[PluralKey, number]> = [
    ['importRefusedProfiles', summary.refusedProfiles],
    ['importRefusedCheckIns', summary.refusedCheckIns],
    ['importUnreadableKeyHeld', summary.unreadableKeyHeld],
    ['importUnreadableNoKey', summary.unreadableNoKey],
  ];
  const changed = summary.added + summary.merged + summary.profilesAdded + summary.checkInsAdded + summary.unreadableRestored > 0;
  const problems =
    summary.conflicts.length +
      summary.refused.length +
      summary.refusedProfiles +
      summary.refusedCheckIns +
      summary.unreadableKeyHeld +
      summary.unreadableNoKey >
    0;
  return (
    <div className="import-result">
      <p>{changed || problems ? t('importDone') : t('importNothing')}</p>
      <ul>
        {counts
          .filter(([, n]) => n > 0)
          .map(([key, n]) => (
            <li key={key}>{tn(key, n)}</li>
          ))}
        {summary.conflicts.length > 0 && (
          <li>
            {tn('importConflicts', summary.conflicts.length)}
            <Titles titles={summary.conflicts} />
          </li>
        )}
        {summary.refused.length > 0 && (
          <li>
            {tn('importRefused', summary.refused.length)}
            <Titles titles={summary.refused} />
          </li>
        )}
        {leftOut
          .filter(([, n]) => n > 0)
          .map(([key, n]) => (
            <li key={key}>{tn(key, n)}</li>
          ))}
      </ul>
    </div>
  );
}
