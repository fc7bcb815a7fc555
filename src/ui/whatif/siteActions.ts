import type { Language, Selection } from '../../store/appStore.ts';
import { editStation, formStation } from './whatIfActions.ts';
import { whatIfStore } from './whatIfState.ts';

const STRINGS = {
  vi: { heading: 'Thử phương án', remove: 'Gỡ', colocate: 'Đặt chung', operator: 'Nhà mạng đặt chung' },
  en: { heading: 'What-if', remove: 'Remove', colocate: 'Co-locate', operator: 'Operator to co-locate' },
};

/**
 * The what-if buttons of a site's popup: remove one of its stations, or put another operator's station (the add
 * form's technologies, height and radius) on it. DOM nodes and text only: station codes come from files.
 */
export function siteActions(selection: Selection, language: Language, operators: readonly string[]): HTMLElement {
  const t = STRINGS[language];
  const siteId = String(selection.properties.id);
  const keys = String(selection.properties.stationKeys ?? '').split('\n').filter(Boolean);
  const present = new Set(String(selection.properties.operators ?? '').split(', '));
  const root = document.createElement('div');
  root.className = 'popup-actions';
  root.dataset.testid = 'site-actions';
  const heading = document.createElement('p');
  heading.className = 'popup-subtitle';
  heading.textContent = t.heading;
  root.append(heading);
  for (const key of keys) {
    const row = document.createElement('div');
    row.className = 'popup-action-row';
    const name = document.createElement('span');
    name.textContent = key;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = t.remove;
    remove.dataset.testid = 'remove-station';
    remove.dataset.key = key;
    remove.addEventListener('click', () => void editStation({ kind: 'remove', key }));
    row.append(name, remove);
    root.append(row);
  }
  const absent = operators.filter((o) => !present.has(o));
  if (absent.length > 0) {
    const row = document.createElement('div');
    row.className = 'popup-action-row';
    const select = document.createElement('select');
    select.setAttribute('aria-label', t.operator);
    select.dataset.testid = 'colocate-operator';
    for (const o of absent) select.append(new Option(o, o));
    const colocate = document.createElement('button');
    colocate.type = 'button';
    colocate.textContent = t.colocate;
    colocate.dataset.testid = 'colocate';
    colocate.addEventListener('click', () => {
      const form = { ...whatIfStore.getState().form, operator: select.value };
      const [lon, lat] = selection.lngLat;
      void editStation({ kind: 'colocate', siteId, station: formStation(form, lon, lat) });
    });
    row.append(select, colocate);
    root.append(row);
  }
  return root;
}
