import { roleLabel } from '@/components/RoleTag';
import { t } from '@/lib/i18n/t';
import type { RoleType } from '@/lib/model/role-type';
import { Mark } from '../Mark';

/** A picture of the badge as job pages show it (lib/frames/badge.css), to recognise it there. */
export function SampleBadge({ roleType, fit }: { roleType: RoleType; fit?: number }) {
  return (
    <span className={`sample-badge role-${roleType}`}>
      <Mark size={13} />
      <span>{roleLabel(roleType)}</span>
      {fit !== undefined && <span className="sample-fit">{t('badgeFit', fit)}</span>}
    </span>
  );
}
