import type { RoleType } from '@/lib/model/role-type';

const LABEL: Record<RoleType, string> = { leadership: 'Leadership', specialist: 'Specialist', hybrid: 'Hybrid' };

export function roleLabel(roleType: RoleType): string {
  return LABEL[roleType];
}

/** The role type as a coloured tag, the same colours as the page badge. */
export function RoleTag({ roleType }: { roleType: RoleType }) {
  return <span className={`role-tag role-${roleType}`}>{LABEL[roleType]}</span>;
}
