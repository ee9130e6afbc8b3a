import { LIKERT } from '@/lib/assess/instrument';
import { t } from '@/lib/i18n/t';

export interface LikertItemProps {
  id: string;
  number: number;
  text: string;
  value: number | undefined;
  onChange: (value: number) => void;
}

/** One statement with five labelled choices: a native radio group, so arrow keys move between them. */
export function LikertItem({ id, number, text, value, onChange }: LikertItemProps) {
  return (
    <fieldset className="likert">
      <legend>
        <span className="muted">{number}. </span>
        {text}
      </legend>
      <div className="likert-options">
        {LIKERT.map((o) => (
          <label key={o.value} className="likert-option">
            <input type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{t(o.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
