import { missingFor } from '../core/dataset/availability.ts';
import { useApp } from '../store/useApp.ts';
import { useT } from './i18n/useT.ts';
import { NoData } from './NoData.tsx';

/**
 * Above a table of village shares: which columns have no data ("—" in the cells) and which file would give them.
 * Nothing when every column has data.
 */
export function MissingData() {
  const t = useT();
  const availability = useApp((s) => s.availability);
  if (!availability) return null;
  const radio = missingFor('radio', availability);
  const fibre = missingFor('fibre', availability);
  if (radio.length === 0 && fibre.length === 0) return null;
  return (
    <ul className="missing-data" data-testid="missing-data">
      {radio.length > 0 && <li>4G, 5G, 6G: <NoData needs={radio} /></li>}
      {fibre.length > 0 && <li>{t.tech.fibre}: <NoData needs={fibre} /></li>}
    </ul>
  );
}
