import { appStore } from '../store/appStore.ts';
import { shortList, type GapCommune, type GapEntry } from './gapText.ts';
import { useT } from './i18n/useT.ts';

const GAP_LIST_LENGTH = 30;

const highlight = (entries: readonly GapEntry[]) => appStore.getState().setHighlight(entries.map((v) => v.id));

/** About `GAP_LIST_LENGTH` gap villages as buttons that outline them on the map, with the rest one click away. */
export function GapVillages({ communes }: { communes: readonly GapCommune[] }) {
  const t = useT();
  const { listed, rest } = shortList(communes, GAP_LIST_LENGTH);
  const notListed = rest.flatMap((c) => c.villages);
  return (
    <ul className="gap-villages">
      {listed.map(({ commune, shown, hidden }) => [
        ...shown.map((v) => (
          <li key={v.id}>
            <button type="button" title={t.showOnMap} onClick={() => highlight([v])}>{v.label}</button>
          </li>
        )),
        hidden > 0 && (
          <li key={`${shown[0]?.id ?? ''}+`}>
            <button type="button" className="gap-more" onClick={() => highlight(commune.villages)}>
              {commune.name === null ? `${t.showOnMap} (+${hidden})` : t.moreIn(hidden, commune.name)}
            </button>
          </li>
        ),
      ])}
      {notListed.length > 0 && (
        <li>
          <button type="button" className="gap-more" onClick={() => highlight(communes.flatMap((c) => c.villages))}>
            {t.showOnMap} (+{notListed.length})
          </button>
        </li>
      )}
    </ul>
  );
}
