import { numberFormat } from '../../core/format/numberFormat.ts';
import { MEASURED_TECHS, type MeasuredTech } from '../../core/model.ts';
import type { EditEffect } from '../../core/whatif/whatIfSession.ts';
import type { StationEditKind } from '../../core/whatif/stationEdit.ts';
import { useApp } from '../../store/useApp.ts';
import { exportScenario, redoEdit, undoEdit } from './whatIfActions.ts';
import { useWhatIf, whatIfStore } from './whatIfState.ts';
import './whatif.css';

const STRINGS = {
  vi: {
    intro: 'Thêm, dời, gỡ trạm hoặc đặt chung trên bản đồ; số liệu tính lại ngay cho các thôn bị ảnh hưởng.',
    operator: 'Nhà mạng', techs: 'Công nghệ', height: 'Độ cao (m)', radius: 'Bán kính (m)', radiusHint: 'trống: theo mô hình sóng',
    azimuths: 'Hướng sector (độ)', azimuthsHint: 'vd. 0;120;240, trống: vô hướng',
    addMode: 'Thêm trạm: bấm lên bản đồ', adding: 'Bấm lên bản đồ để đặt trạm… (bấm đây để thôi)',
    how: 'Gỡ hoặc đặt chung: bấm một vị trí trạm, dùng nút trong bảng thông tin. Dời: kéo vòng tròn của trạm đã thêm hoặc đã sửa.',
    undo: 'Hoàn tác', redo: 'Làm lại', export: 'Xuất CSV trạm (định dạng nhập)',
    edits: 'Các thay đổi', none: 'Chưa có thay đổi.', busy: 'Đang tính…',
    kind: { add: 'Thêm', move: 'Dời', remove: 'Gỡ', colocate: 'Đặt chung' } satisfies Record<StationEditKind, string>,
    people: 'dân được phủ thêm', villages: 'thôn đạt ngưỡng thêm', sharing: 'Tỷ lệ dùng chung',
  },
  en: {
    intro: 'Add, move, remove or co-locate stations on the map; the figures of the villages reached update at once.',
    operator: 'Operator', techs: 'Technologies', height: 'Height (m)', radius: 'Radius (m)', radiusHint: 'empty: the radio model',
    azimuths: 'Sector azimuths (°)', azimuthsHint: 'e.g. 0;120;240, empty: omnidirectional',
    addMode: 'Add a station: click the map', adding: 'Click the map to place the station… (click here to stop)',
    how: 'Remove or co-locate: click a site and use its popup\'s buttons. Move: drag the ring of an added or edited station.',
    undo: 'Undo', redo: 'Redo', export: 'Export stations CSV (import format)',
    edits: 'Edits', none: 'No edits yet.', busy: 'Computing…',
    kind: { add: 'Add', move: 'Move', remove: 'Remove', colocate: 'Co-locate' } satisfies Record<StationEditKind, string>,
    people: 'people newly covered', villages: 'villages newly at the threshold', sharing: 'Site sharing',
  },
};

const numberOrNull = (text: string) => (text.trim() === '' || !(Number(text) > 0) ? null : Number(text));

/** The "Thử phương án" (what-if) panel: the station form, the add mode, the scenario's edits, undo, redo, export. */
export function WhatIfPanel() {
  const language = useApp((s) => s.language);
  const colourBy = useApp((s) => s.colourBy);
  const t = STRINGS[language];
  const format = numberFormat(language);
  const { form, clickMode, scenario, error, busy, operators } = useWhatIf((s) => s);
  const set = whatIfStore.getState().setForm;
  const tech: MeasuredTech = colourBy === 'fibre' ? '4G' : colourBy;
  const toggleTech = (tech: MeasuredTech) =>
    set({ techs: form.techs.includes(tech) ? form.techs.filter((x) => x !== tech) : MEASURED_TECHS.filter((x) => x === tech || form.techs.includes(x)) });
  const effectText = (e: EditEffect) =>
    `${tech}: ${signed(format.number(e.peopleGained[tech]), e.peopleGained[tech])} ${t.people}, ${signed(format.number(e.villagesGained[tech]), e.villagesGained[tech])} ${t.villages}; ` +
    `${t.sharing} ${format.percent(e.sharingPctBefore, 2)} → ${format.percent(e.sharingPctAfter, 2)}`;
  return (
    <div className="whatif" data-testid="whatif-panel">
      <p className="muted">{t.intro}</p>
      <fieldset className="whatif-form">
        <label>{t.operator}
          <input list="whatif-operators" value={form.operator} data-testid="whatif-operator" onChange={(e) => set({ operator: e.target.value })} />
          <datalist id="whatif-operators">{operators.map((o) => <option key={o} value={o} />)}</datalist>
        </label>
        <span className="whatif-techs" role="group" aria-label={t.techs}>
          {t.techs}:
          {MEASURED_TECHS.map((x) => (
            <label key={x}><input type="checkbox" checked={form.techs.includes(x)} onChange={() => toggleTech(x)} data-testid={`whatif-tech-${x}`} />{x}</label>
          ))}
        </span>
        <label>{t.height}
          <input type="number" min={1} value={form.heightM ?? ''} data-testid="whatif-height" onChange={(e) => set({ heightM: numberOrNull(e.target.value) })} />
        </label>
        <label>{t.radius}
          <input type="number" min={1} value={form.radiusM ?? ''} placeholder={t.radiusHint} data-testid="whatif-radius" onChange={(e) => set({ radiusM: numberOrNull(e.target.value) })} />
        </label>
        <label>{t.azimuths}
          <input value={form.azimuths} placeholder={t.azimuthsHint} data-testid="whatif-azimuths" onChange={(e) => set({ azimuths: e.target.value })} />
        </label>
      </fieldset>
      <button
        type="button"
        className={clickMode === 'add' ? 'primary active' : 'primary'}
        aria-pressed={clickMode === 'add'}
        disabled={form.techs.length === 0 || !form.operator.trim()}
        data-testid="whatif-add-mode"
        onClick={() => whatIfStore.getState().setClickMode(clickMode === 'add' ? 'select' : 'add')}
      >
        {clickMode === 'add' ? t.adding : t.addMode}
      </button>
      <p className="muted">{t.how}</p>
      <div className="whatif-buttons">
        <button type="button" disabled={busy || !scenario?.canUndo} data-testid="whatif-undo" onClick={() => void undoEdit()}>{t.undo}</button>
        <button type="button" disabled={busy || !scenario?.canRedo} data-testid="whatif-redo" onClick={() => void redoEdit()}>{t.redo}</button>
        <button type="button" disabled={busy || !scenario?.entries.length} data-testid="whatif-export" onClick={() => void exportScenario()}>{t.export}</button>
      </div>
      {busy && <p data-testid="whatif-busy">{t.busy}</p>}
      {error && <p className="error" role="alert" data-testid="whatif-error">{error}</p>}
      <h3>{t.edits}</h3>
      {!scenario?.entries.length ? <p className="muted">{t.none}</p> : (
        <ol className="whatif-entries" data-testid="whatif-entries">
          {scenario.entries.map((e, i) => (
            <li key={i} data-kind={e.kind} data-people={Math.round(e.effect.peopleGained[tech])}>
              <strong>{t.kind[e.kind]}</strong> <span className="whatif-key">{e.key}</span>
              <br />
              <span className="muted">{effectText(e.effect)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

const signed = (text: string, value: number) => (value > 0 && !text.startsWith('+') ? `+${text}` : text);
