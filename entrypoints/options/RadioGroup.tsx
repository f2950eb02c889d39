/**
 * A group of radio buttons in a fieldset with its legend: arrow keys move between the choices
 * (the browser's own radio behaviour), Tab leaves the group.
 */
import type { ComponentChildren } from 'preact';

export interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  value: V;
  choices: readonly { value: V; label: ComponentChildren }[];
  onChange: (value: V) => void;
}

export function RadioGroup<V extends string>({
  name,
  legend,
  value,
  choices,
  onChange,
}: RadioGroupProps<V>) {
  return (
    <fieldset class="dl-radio-group">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} class="dl-choice">
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={c.value === value}
            onChange={() => onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
