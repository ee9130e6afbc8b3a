import type { RoleType } from '../model/role-type';

/**
 * What a reader who trusts the title would conclude: the baseline the
 * classifier must beat by a wide margin.
 */
export function classifyByTitle(title: string): RoleType {
  if (/\b(?:lead|leader|supervisor|foreman|charge|player[- ]coach)\b/i.test(title)) return 'hybrid';
  if (
    /\b(?:manager|director|head|chief|vp|vice president|president|principal of|executive|superintendent|administrator|controller)\b/i.test(
      title,
    )
  )
    return 'leadership';
  return 'specialist';
}
