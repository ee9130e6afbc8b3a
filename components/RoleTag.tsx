import { type MessageKey, t } from '@/lib/i18n/t';
import type { RoleType } from '@/lib/model/role-type';

const LABEL: Record<RoleType, MessageKey> = { leadership: 'roleLeadership', specialist: 'roleSpecialist', hybrid: 'roleHybrid' };

export function roleLabel(roleType: RoleType): string {
  return t(LABEL[roleType]);
}

/** The role type as a coloured tag, the same colours as the page badge. */
export function RoleTag({ roleType }: { roleType: RoleType }) {
  return <span className={`role-tag role-${roleType}`}>{roleLabel(roleType)}</span>;
}
