import type { PopupRows } from './popupRows.ts';

/** Builds popup content with DOM nodes and `textContent` only: names come from data files, never as HTML. */
export function popupElement({ title, subtitle, rows, sections = [], pending }: PopupRows): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup';
  const heading = document.createElement('h3');
  heading.className = 'popup-title';
  heading.dataset.testid = 'popup-title';
  heading.textContent = title;
  root.append(heading);
  if (subtitle) {
    const sub = document.createElement('p');
    sub.className = 'popup-subtitle';
    sub.textContent = subtitle;
    root.append(sub);
  }
  root.append(rowList(rows));
  if (pending) {
    const note = document.createElement('p');
    note.className = 'popup-subtitle';
    note.textContent = pending;
    root.append(note);
  }
  if (sections.length > 0) {
    const stations = document.createElement('div');
    stations.className = 'popup-stations';
    stations.dataset.testid = 'popup-stations';
    for (const section of sections) {
      const heading = document.createElement('p');
      heading.className = 'popup-station-title';
      heading.textContent = section.title;
      stations.append(heading, rowList(section.rows));
    }
    root.append(stations);
  }
  return root;
}

function rowList(rows: PopupRows['rows']): HTMLDListElement {
  const list = document.createElement('dl');
  for (const [label, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  return list;
}
