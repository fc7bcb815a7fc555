import type { LayerKind } from '../core/import/layerKind.ts';
import { useT } from './i18n/useT.ts';

/** What a figure without data says in its place: "no data" and the files that would give it. Never 0. */
export function NoData({ needs }: { needs: readonly LayerKind[] }) {
  const t = useT();
  return (
    <span className="no-data" data-no-data={needs.join(' ')}>
      {t.noData}
      {needs.length > 0 && <small> · {needs.map((k) => t.need[k]).join('; ')}</small>}
    </span>
  );
}
