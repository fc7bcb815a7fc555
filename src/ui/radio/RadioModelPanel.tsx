import { useState } from 'react';
import { COMMUNE_TYPES, ENVIRONMENTS, KNOWN_OPERATORS, MEASURED_TECHS, type MeasuredTech } from '../../core/model.ts';
import { BANDS } from '../../core/radio/bands.ts';
import { DEFAULT_RADIO_MODEL } from '../../core/radio/radioModel.ts';
import { appStore } from '../../store/appStore.ts';
import { useApp } from '../../store/useApp.ts';
import { useT } from '../i18n/useT.ts';
import { draftOf, draftToModel, type RadioDraft } from './radioDraft.ts';
import './radio.css';

/**
 * The radio model's settings: RSRP thresholds and margins per technology, cell-edge reliability, environment per
 * commune type and offsets per operator and band. "Apply" checks the form with the command line's parser and, when
 * it holds, hands the model to the store: the worker measures again and the figures, rasters and dead zones follow.
 * Applying on every keystroke would start a new measurement per digit.
 */
export function RadioModelPanel() {
  const t = useT();
  const model = useApp((s) => s.radioModel);
  const summary = useApp((s) => s.summary);
  const [draft, setDraft] = useState<RadioDraft>(() => draftOf(model));
  const [errors, setErrors] = useState<string[]>([]);
  const [dirty, setDirty] = useState(false);

  const [formOf, setFormOf] = useState(model);
  // A model applied, or restored from elsewhere (another data set's settings, a package), replaces the form.
  if (formOf !== model) {
    setFormOf(model);
    setDraft(draftOf(model));
    setErrors([]);
    setDirty(false);
  }

  const edit = (change: (d: RadioDraft) => RadioDraft) => {
    setDraft(change);
    setDirty(true);
  };
  const apply = () => {
    const result = draftToModel(draft, t);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    setDirty(false);
    appStore.getState().setRadioModel(result.model);
  };
  const perTech = (key: 'thresholdDbm' | 'marginDb', label: string, step: number) => (
    <tr>
      <th scope="row">{label}</th>
      {MEASURED_TECHS.map((tech: MeasuredTech) => (
        <td key={tech}>
          <input
            type="number" step={step} inputMode="decimal" aria-label={`${label} ${tech}`} data-testid={`radio-${key}-${tech}`}
            value={draft[key][tech]} onChange={(e) => edit((d) => ({ ...d, [key]: { ...d[key], [tech]: e.target.value } }))}
          />
        </td>
      ))}
    </tr>
  );

  return (
    <section className="panel-section radio-model" data-testid="radio-model">
      <h2>{t.radioModel}</h2>
      <p className="muted">{t.radioIntro}</p>
      {summary && summary.stations > 0 && MEASURED_TECHS.every((tech) => summary.defaultRadius[tech] === 0) && (
        <p className="muted" data-testid="radio-unused">{t.radioUnused}</p>
      )}
      <form onSubmit={(e) => { e.preventDefault(); apply(); }}>
        <table className="radio-table">
          <thead>
            <tr><td />{MEASURED_TECHS.map((tech) => <th key={tech} scope="col">{tech}</th>)}</tr>
          </thead>
          <tbody>
            {perTech('thresholdDbm', t.radioThreshold, 1)}
            {perTech('marginDb', t.radioMargin, 0.5)}
          </tbody>
        </table>
        <div className="radio-pair">
          <label>
            {t.radioReliability}
            <input
              type="number" step={1} inputMode="decimal" data-testid="radio-reliability" value={draft.cellEdgeReliabilityPct}
              onChange={(e) => edit((d) => ({ ...d, cellEdgeReliabilityPct: e.target.value }))}
            />
          </label>
          <label>
            {t.radioShadowing}
            <input
              type="number" step={0.5} inputMode="decimal" data-testid="radio-shadowing" value={draft.shadowingSigmaDb}
              onChange={(e) => edit((d) => ({ ...d, shadowingSigmaDb: e.target.value }))}
            />
          </label>
        </div>
        <h3>{t.radioEnvironmentByType}</h3>
        <div className="radio-pair">
          {COMMUNE_TYPES.map((type) => (
            <label key={type}>
              {t.radioCommuneType[type]}
              <select
                data-testid={`radio-environment-${type}`} value={draft.environmentByCommuneType[type]}
                onChange={(e) => edit((d) => ({
                  ...d, environmentByCommuneType: { ...d.environmentByCommuneType, [type]: e.target.value as typeof ENVIRONMENTS[number] },
                }))}
              >
                {ENVIRONMENTS.map((env) => <option key={env} value={env}>{t.radioEnvironment[env]}</option>)}
              </select>
            </label>
          ))}
        </div>
        <h3>{t.radioOffsets}</h3>
        {draft.offsets.length === 0 ? <p className="muted">{t.radioOffsetsNone}</p> : (
          <table className="radio-table radio-offsets" data-testid="radio-offsets">
            <thead><tr><th scope="col">{t.radioOperator}</th><th scope="col">{t.radioBand}</th><th scope="col">{t.radioOffset}</th><td /></tr></thead>
            <tbody>
              {draft.offsets.map((row, i) => {
                const set = (change: Partial<typeof row>) =>
                  edit((d) => ({ ...d, offsets: d.offsets.map((r, j) => (j === i ? { ...r, ...change } : r)) }));
                return (
                  <tr key={i}>
                    <td>
                      <select aria-label={t.radioOperator} value={row.operator} onChange={(e) => set({ operator: e.target.value })}>
                        {[...new Set([...KNOWN_OPERATORS, row.operator])].map((o) => <option key={o} value={o}>{o}</option>)}
                      </select>
                    </td>
                    <td>
                      <select aria-label={t.radioBand} value={row.band} onChange={(e) => set({ band: e.target.value })}>
                        {BANDS.map((b) => <option key={b.name} value={b.name}>{b.name}</option>)}
                      </select>
                    </td>
                    <td>
                      <input
                        type="number" step={0.5} inputMode="decimal" aria-label={t.radioOffset} value={row.offsetDb}
                        onChange={(e) => set({ offsetDb: e.target.value })}
                      />
                    </td>
                    <td>
                      <button
                        type="button" className="link-button" aria-label={t.radioRemoveOffset} title={t.radioRemoveOffset}
                        onClick={() => edit((d) => ({ ...d, offsets: d.offsets.filter((_, j) => j !== i) }))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <button
          type="button" className="link-button" data-testid="radio-add-offset"
          onClick={() => edit((d) => ({ ...d, offsets: [...d.offsets, { operator: KNOWN_OPERATORS[0], band: 'B3', offsetDb: '0' }] }))}
        >
          + {t.radioAddOffset}
        </button>
        {errors.length > 0 && (
          <div className="radio-errors" role="alert" data-testid="radio-errors">
            <p>{t.radioInvalid}</p>
            <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
          </div>
        )}
        <div className="radio-actions">
          <button type="submit" data-testid="radio-apply">{t.radioApply}</button>
          <button
            type="button" data-testid="radio-reset"
            onClick={() => {
              setDraft(draftOf(DEFAULT_RADIO_MODEL));
              setErrors([]);
              setDirty(false);
              appStore.getState().setRadioModel(DEFAULT_RADIO_MODEL);
            }}
          >
            {t.radioReset}
          </button>
          <span className="muted" data-testid="radio-state">{dirty ? t.radioUnapplied : t.radioApplied}</span>
        </div>
      </form>
    </section>
  );
}
