import { t } from '@/lib/i18n/t';

export interface EverySiteToggleProps {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** The opt-in for finding postings on every site, off by default. */
export function EverySiteToggle({ enabled, onChange }: EverySiteToggleProps) {
  return (
    <label className="toggle">
      <input type="checkbox" checked={enabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>
        {t('everySite')}
        <span className="muted block">{t('everySiteHelp')}</span>
      </span>
    </label>
  );
}
