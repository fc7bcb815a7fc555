import { useId, useMemo, useState } from 'react';
import { matchCommunes, type NamedCommune } from '../core/search/matchCommunes.ts';
import { appStore } from '../store/appStore.ts';
import { useT } from './i18n/useT.ts';

const SUGGESTIONS = 8;

/** A search box for communes by name, with or without diacritics; picking a suggestion opens the commune. */
export function CommuneSearch({ communes }: { communes: readonly NamedCommune[] }) {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchCommunes(communes, query, SUGGESTIONS), [communes, query]);
  const open = (c: NamedCommune) => {
    appStore.getState().openCommune(c.code);
    setQuery('');
  };
  return (
    <div className="commune-search no-print">
      <input
        type="search"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-label={t.searchCommune}
        placeholder={t.searchCommune}
        data-testid="commune-search"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value.normalize('NFC'));
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, matches.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter' && matches[active]) open(matches[active]);
          else return;
          e.preventDefault();
        }}
      />
      {query.trim() && (
        <ul id={listId} role="listbox" className="suggestions">
          {matches.length === 0 && <li className="no-match">{t.noMatch}</li>}
          {matches.map((c, i) => (
            <li key={c.code} role="option" aria-selected={i === active}>
              <button type="button" data-code={c.code} onClick={() => open(c)}>
                {c.name} <span className="muted">{c.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
