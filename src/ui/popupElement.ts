import type { PopupRows } from './popupRows.ts';

/** Builds popup content with DOM nodes and `textContent` only: names come from data files, never as HTML. */
export function popupElement({ title, subtitle, rows }: PopupRows): HTMLElement {
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
  const list = document.createElement('dl');
  for (const [label, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  root.append(list);
  return root;
}
