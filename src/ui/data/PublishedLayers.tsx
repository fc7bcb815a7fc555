import { LAYER_KINDS } from '../../core/import/layerKind.ts';
import type { PublishedInfo } from '../../worker/api.ts';
import { useT } from '../i18n/useT.ts';
import { useFormatTime } from '../server/serverText.ts';

/** The server's data shown: the moment asked for, the publication in force then, and the rows read per layer. */
export function PublishedLayers({ published }: { published: PublishedInfo }) {
  const t = useT();
  const time = useFormatTime();
  return (
    <>
      <p data-testid="data-as-of"><strong>{t.serverAsOf(published.asOf ? time(published.asOf) : null)}</strong></p>
      <p data-testid="data-version">{published.publishedAt ? t.serverVersion(published.version, time(published.publishedAt)) : t.serverNothing}</p>
      <ul className="data-layers" data-testid="published-layers">
        {LAYER_KINDS.map((kind) => {
          const n = published.counts[kind];
          return (
            <li key={kind} data-kind={kind} {...(n === 0 ? { 'data-missing': '' } : {})}>
              <span><strong>{t.kinds[kind]}</strong> · {n === 0 ? t.notPublished : t.serverRows(t.format.number(n))}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
