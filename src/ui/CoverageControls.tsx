import { missingFor } from '../core/dataset/availability.ts';
import { COVERAGE_KEYS } from '../core/stats/statsTypes.ts';
import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import { Definition } from './Definition.tsx';
import { useT } from './i18n/useT.ts';
import { NoData } from './NoData.tsx';

/** Technology the villages are coloured by, the coverage threshold, the below-threshold filter and the colour scale. */
export function CoverageControls() {
  const t = useT();
  const colourBy = useApp((s) => s.colourBy);
  const thresholdPct = useApp((s) => s.thresholdPct);
  const belowOnly = useApp((s) => s.belowOnly);
  const computing = useApp((s) => s.computing);
  const province = useApp((s) => s.provinceStats);
  const availability = useApp((s) => s.availability);
  const store = appStore.getState();
  return (
    <section className="panel-section coverage-controls">
      <h2>{t.colourBy}</h2>
      <div className="tech-choice" role="radiogroup" aria-label={t.colourBy}>
        {COVERAGE_KEYS.map((key) => (
          <label key={key} className={colourBy === key ? 'active' : ''}>
            <input type="radio" name="colour-by" data-colour-by={key} checked={colourBy === key} onChange={() => store.setColourBy(key)} />
            {t.tech[key]}
          </label>
        ))}
      </div>
      <div className="scale" aria-label={t.shareLegend}>
        <span className="scale-bar" aria-hidden="true" />
        <span className="scale-labels"><span>0 %</span><span>50 %</span><span>100 %</span></span>
      </div>
      <label className="threshold" title={t.thresholdHelp}>
        {t.threshold}
        <Definition id="threshold" />
        <input
          type="number" min={0} max={100} step={1} data-testid="threshold" value={thresholdPct}
          onChange={(e) => { if (e.target.value !== '') store.setThreshold(Number(e.target.value)); }}
        />
      </label>
      <label className="setting">
        <input type="checkbox" data-setting="below-only" checked={belowOnly} onChange={(e) => store.setBelowOnly(e.target.checked)} />
        {t.belowOnly}
      </label>
      {province && availability && (
        <p className="covered-count" data-testid="covered-count">
          {province.villagesCovered[colourBy] === null
            ? <>{t.tech[colourBy]}: <NoData needs={missingFor(colourBy === 'fibre' ? 'fibre' : 'radio', availability)} /></>
            : t.coveredVillages(province.villagesCovered[colourBy], province.villages, thresholdPct)}
        </p>
      )}
      {computing.active && (
        <div className="computing" role="status" aria-live="polite">
          {t.computing}
          <progress max={1} value={computing.progress} />
        </div>
      )}
    </section>
  );
}
