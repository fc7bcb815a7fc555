import { useMemo, useState } from 'react';
import { COVERAGE_KEYS } from '../core/stats/statsTypes.ts';
import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import { useT } from './i18n/useT.ts';
import { MissingData } from './MissingData.tsx';
import { sortVillageRows, type SortDir, type SortKey, type VillageRow } from './villageRows.ts';

const PAGE_SIZE = 50;

/**
 * Villages with population and covered share per technology ("—" where there is no data, said above the table);
 * sortable by any column, 50 rows a page.
 */
export function VillageTable({ rows }: { rows: readonly VillageRow[] }) {
  const t = useT();
  const highlight = useApp((s) => s.highlight);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: '4G', dir: 'asc' });
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => sortVillageRows(rows, sort.key, sort.dir), [rows, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  const header = (key: SortKey, label: string, numeric: boolean) => (
    <th
      key={key}
      className={numeric ? 'num' : ''}
      aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        data-sort={key}
        onClick={() => {
          setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
          setPage(0);
        }}
      >
        {label}
        {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  return (
    <div className="village-table">
      <MissingData />
      <table data-testid="village-table">
        <thead>
          <tr>
            {header('name', t.village, false)}
            {header('communeName', t.commune, false)}
            {header('population', t.population, true)}
            {COVERAGE_KEYS.map((key) => header(key, t.pct(t.tech[key]), true))}
          </tr>
        </thead>
        <tbody>
          {visible.map((r) => (
            <tr
              key={r.id}
              className={highlight.includes(r.id) ? 'highlighted' : ''}
              onClick={() => appStore.getState().setHighlight([r.id])}
            >
              <td>{r.name}</td>
              <td>{r.communeName}</td>
              <td className="num">{t.format.number(r.population)}</td>
              {COVERAGE_KEYS.map((key) => <td key={key} className="num">{t.format.number(r.pct[key], 1)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pager">
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>{t.previous}</button>
        <span>{t.page(current + 1, pages)}</span>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>{t.next}</button>
      </div>
    </div>
  );
}
