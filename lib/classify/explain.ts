import { type MessageKey, t } from '../i18n/t';
import { ROLE_SIGNALS } from '../model/classification';
import type { RoleType } from '../model/role-type';
import type { Found } from './scan';

const SUMMARY: Record<RoleType, MessageKey> = {
  leadership: 'roleSummaryLeadership',
  specialist: 'roleSummarySpecialist',
  hybrid: 'roleSummaryHybrid',
};

/**
 * Plain-word reasons, strongest first, one per kind of evidence so the user
 * sees the decisive phrases rather than the same one five times.
 */
/** Which signals argue for each label, so the reasons shown support the label given. */
const SUPPORTS: Record<RoleType, ReadonlySet<string>> = {
  leadership: new Set(['authority', 'team-size', 'not-hands-on']),
  specialist: new Set(['no-authority', 'influence-only', 'hands-on', 'time-split']),
  hybrid: new Set(['authority', 'team-size', 'hands-on', 'time-split']),
};

export function reasonsFrom(found: Found[], roleType: RoleType): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  const ranked = found
    .filter((f) => ROLE_SIGNALS.has(f.signal) && f.field === 'description' && f.weight >= 1)
    .sort((a, b) => Number(SUPPORTS[roleType].has(b.signal)) - Number(SUPPORTS[roleType].has(a.signal)) || b.weight - a.weight);
  for (const f of ranked) {
    if (seen.has(f.explanation)) continue;
    seen.add(f.explanation);
    reasons.push(f.explanation);
    if (reasons.length >= 5) break;
  }
  if (reasons.length === 0) reasons.push(t(SUMMARY[roleType]));
  return reasons;
}

export function roleSummary(roleType: RoleType): string {
  return t(SUMMARY[roleType]);
}
