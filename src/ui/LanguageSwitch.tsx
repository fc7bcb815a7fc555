import { appStore, type Language } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import { useT } from './i18n/useT.ts';

const CHOICES: Array<{ id: Language; label: string; name: string }> = [
  { id: 'vi', label: 'VI', name: 'Tiếng Việt' },
  { id: 'en', label: 'EN', name: 'English' },
];

/** Vietnamese first, English beside it. */
export function LanguageSwitch() {
  const language = useApp((s) => s.language);
  const t = useT();
  return (
    <div className="language-switch" role="group" aria-label={t.languageLabel}>
      {CHOICES.map((c) => (
        <button
          key={c.id}
          type="button"
          lang={c.id}
          title={c.name}
          aria-pressed={language === c.id}
          className={language === c.id ? 'active' : ''}
          onClick={() => appStore.getState().setLanguage(c.id)}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}
