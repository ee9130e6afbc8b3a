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
        Find postings on every site
        <span className="muted block">
          Off by default. Turning it on asks your browser for access to all sites; Crossroads still only reads job postings and
          sends nothing anywhere.
        </span>
      </span>
    </label>
  );
}
