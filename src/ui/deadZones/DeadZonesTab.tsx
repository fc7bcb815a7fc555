import { useEffect, useState } from 'react';
import { numberFormat } from '../../core/format/numberFormat.ts';
import { missingFor } from '../../core/dataset/availability.ts';
import { appStore } from '../../store/appStore.ts';
import { useApp } from '../../store/useApp.ts';
import type { LoadedData } from '../../worker/api.ts';
import type { DeadZoneView } from '../../worker/runDeadZones.ts';
import { deadZonesInWorker } from '../loadData.ts';
import { Definition } from '../Definition.tsx';
import { NoData } from '../NoData.tsx';
import { deadZoneMapStore } from './deadZoneMapState.ts';

const STRINGS = {
  vi: {
    operator: 'Nhà mạng', all: 'Tất cả nhà mạng', computing: 'Đang tìm vùng lõm…',
    intro: 'Nơi có dân nhưng không có sóng 4G, lớn nhất trước.',
    total: (n: string, people: string) => `${n} vùng lõm, ${people} người`,
    none: 'Không có vùng lõm 4G.', zone: 'Vùng', area: 'km²', people: 'Số dân', communes: 'Xã, phường',
  },
  en: {
    operator: 'Operator', all: 'All operators', computing: 'Finding dead zones…',
    intro: 'Places with people but no 4G, largest first.',
    total: (n: string, people: string) => `${n} dead zones, ${people} people`,
    none: 'No 4G dead zones.', zone: 'Zone', area: 'km²', people: 'People', communes: 'Communes',
  },
};

/**
 * The dead-zone list for any operator or one; the map shows the zones while this tab is open. Without stations or
 * without people there are no dead zones to find: it says "no data" and which file gives it, never "none".
 */
export function DeadZonesTab({ data }: { data: LoadedData }) {
  const needs = missingFor('deadZones', data.availability);
  return needs.length > 0 ? <p className="dead-zones" data-testid="dead-zones"><NoData needs={needs} /></p> : <DeadZoneList data={data} />;
}

function DeadZoneList({ data }: { data: LoadedData }) {
  const language = useApp((s) => s.language);
  const t = STRINGS[language];
  const format = numberFormat(language);
  const [operator, setOperator] = useState<string>('');
  const [view, setView] = useState<DeadZoneView | null>(null);
  const communeNames = new Map(data.communes.features.map((f) => [f.properties.code, f.properties.name]));

  useEffect(() => {
    let stale = false;
    deadZonesInWorker(operator === '' ? undefined : operator, appStore.getState().radioModel).then(
      (result) => {
        if (stale) return;
        setView(result);
        deadZoneMapStore.getState().show(result.zones);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      stale = true;
    };
  }, [data, operator]);

  useEffect(() => () => deadZoneMapStore.getState().show(null), []);

  const people = (n: number) => format.number(n);
  const total = view ? view.zones.reduce((s, z) => s + z.people, 0) : 0;
  return (
    <div className="dead-zones" data-testid="dead-zones">
      <label>
        {t.operator}{' '}
        <select data-testid="dead-zone-operator" value={operator} onChange={(e) => setOperator(e.target.value)}>
          <option value="">{t.all}</option>
          {(view?.operators ?? (operator ? [operator] : [])).map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </label>
      <p className="muted">{t.intro}<Definition id="deadZones" /></p>
      {(!view || (view.operator ?? '') !== operator) && <p>{t.computing}</p>}
      {view && (
        <p data-testid="dead-zone-total" data-people={Math.round(total)} data-operator={view.operator ?? ''}>
          {view.zones.length ? t.total(format.number(view.zones.length), people(total)) : t.none}
        </p>
      )}
      {view && view.zones.length > 0 && (
        <table>
          <thead>
            <tr><th>{t.zone}</th><th>{t.area}</th><th>{t.people}</th><th>{t.communes}</th></tr>
          </thead>
          <tbody>
            {view.zones.slice(0, 200).map((z, i) => (
              <tr key={z.id} data-people={Math.round(z.people)}>
                <td>
                  <button type="button" className="link" onClick={() => deadZoneMapStore.getState().flyTo(z)}>{i + 1}</button>
                </td>
                <td>{format.number(z.areaKm2, 2)}</td>
                <td>{people(z.people)}</td>
                <td>{z.communeCodes.map((c) => communeNames.get(c) ?? c).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
