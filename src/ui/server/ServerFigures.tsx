import { useEffect, useState } from 'react';
import { ServerError, type CommuneFigures, type Figures, type Me, type ServerClient } from './client.ts';
import { useFormatTime, useServerText } from './serverText.ts';

const TECHS = ['4g', '5g', '6g', 'fibre'] as const;
type Tech = (typeof TECHS)[number];
const num = (v: unknown, digits = 1) => (typeof v === 'number' ? v.toLocaleString('vi-VN', { maximumFractionDigits: digits }) : '—');
const label = (k: Tech) => (k === 'fibre' ? 'Fibre' : k.toUpperCase());

/**
 * Whether a share has the data it needs: radio shares need published stations or coverage; fibre has a figure
 * from the villages' own flags when no fibre layer is published.
 */
const hasData = (layers: Record<string, number>, k: Tech) => k === 'fibre' || (layers.stations ?? 0) + (layers.coverage ?? 0) > 0;

/**
 * The published figures as of `asOf` (an ISO instant; now when null): the province (not for a commune user) and a
 * commune with its villages (a commune user's own).
 */
export function ServerFigures({ client, me, version, asOf }: { client: ServerClient; me: Me; version: number; asOf: string | null }) {
  const t = useServerText();
  const time = useFormatTime();
  const [draft, setDraft] = useState(me.commune_code ?? '');
  const [code, setCode] = useState(me.commune_code ?? '');
  const [province, setProvince] = useState<Figures | null>(null);
  const [commune, setCommune] = useState<CommuneFigures | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  // Figures follow the moment and commune chosen, and every publication seen (`version`).
  useEffect(() => {
    let live = true;
    const at = asOf ?? undefined;
    const read = async () => {
      try {
        const p = me.role === 'commune' ? null : await client.province(at);
        const c = code ? await client.commune(code, at) : null;
        if (!live) return;
        setProvince(p);
        setCommune(c);
        setMessage(null);
      } catch (e) {
        if (!live) return;
        setProvince(null);
        setCommune(null);
        setMessage(e instanceof ServerError && e.status === 404 && !code ? t.nothingPublished : e instanceof Error ? e.message : String(e));
      }
    };
    void read();
    return () => void (live = false);
  }, [asOf, client, code, me.role, t, version]);

  return (
    <div className="server-figures">
      {me.role !== 'commune' && (
        <form onSubmit={(e) => { e.preventDefault(); setCode(draft); }}>
          <label>
            {t.communeCode}
            <input name="commune" value={draft} onChange={(e) => setDraft(e.target.value.trim())} size={7} />
          </label>
          <button type="submit">{t.show}</button>
        </form>
      )}
      {message && <p className="hint">{message}</p>}
      {province && (
        <>
          <h3>{t.province}</h3>
          <p className="hint">{t.published(time(province.published_at), province.version)}</p>
          <table className="server-table" data-figures="province">
            <tbody>
              {TECHS.map((k) => (
                <tr key={k}><th>{label(k)} (%)</th><td>{hasData(province.layers, k) ? num(province[`pct_${k}`], 2) : t.noData}</td></tr>
              ))}
              <tr><th>{t.stations}</th><td>{province.layers.stations ? num(province.stations) : t.noData}</td></tr>
              <tr><th>{t.sites}</th><td>{province.layers.stations ? num(province.sites) : t.noData}</td></tr>
              <tr><th>{t.sharing}</th><td>{province.layers.stations ? num(province.sharing_pct, 2) : t.noData}</td></tr>
            </tbody>
          </table>
        </>
      )}
      {commune && (
        <>
          <h3>{`${t.commune}: ${String(commune.commune.name)}`}</h3>
          {!province && <p className="hint">{t.published(time(commune.published_at), commune.version)}</p>}
          <table className="server-table" data-figures="commune">
            <thead>
              <tr><th>{t.village}</th><th>{t.population}</th>{TECHS.map((k) => <th key={k}>{label(k)}</th>)}</tr>
            </thead>
            <tbody>
              {commune.villages.map((v) => (
                <tr key={String(v.village_id)}>
                  <td>{String(v.name)}</td>
                  <td>{num(v.population, 0)}</td>
                  {TECHS.map((k) => <td key={k}>{hasData(commune.layers, k) ? num(v[`pct_${k}`], 1) : t.noData}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
