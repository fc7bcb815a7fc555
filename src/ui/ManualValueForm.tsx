import { useState } from 'react';
import type { ManualValueProblem } from '../core/targets/manualValues.ts';
import { useT } from './i18n/useT.ts';

/**
 * Value (in `unit`, already in the UI's language), date and source for one manual indicator; `onSave` returns the
 * problems, if any, and the form shows them.
 */
export function ManualValueForm({ indicator, unit, onSave }: {
  indicator: string;
  unit: string;
  onSave: (entry: { indicator: string; value: string; date: string; source: string }) => ManualValueProblem[];
}) {
  const t = useT();
  const [value, setValue] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [source, setSource] = useState('');
  const [problems, setProblems] = useState<ManualValueProblem[]>([]);
  return (
    <details className="manual-form">
      <summary>{t.enter}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const found = onSave({ indicator, value, date, source });
          setProblems(found);
          if (!found.length) setValue('');
        }}
      >
        <label>{unit ? `${t.value} (${unit})` : t.value}<input name="value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} /></label>
        <label>{t.date}<input name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
        <label>{t.source}<input name="source" value={source} onChange={(e) => setSource(e.target.value)} /></label>
        <button type="submit">{t.save}</button>
        {problems.map((p) => <p key={p.field} className="problem">{t.manualProblem}{t.manualFieldProblem[p.field] ?? `${p.field}: ${p.reason}`}</p>)}
      </form>
    </details>
  );
}
