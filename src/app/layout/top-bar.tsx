import { LocalizedText, useLocalized } from '../../components/localized-text';
import type { ReactNode } from 'react';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { FilterSummary } from './filter-summary';
import { LanguageSwitch } from './language-switch';

interface Props {
  model: DashboardModel;
  /** The story's Start button (its step card is docked over the map). */
  story: ReactNode;
  /** The actions: Open file, Share, Export. */
  actions: ReactNode;
}

/** The dashboard's banner: the title, "Showing N of M events", the active filters, the actions and the language. */
export function TopBar({ model, story, actions }: Props) {
  const { t } = useT();
  const { meta } = model.index.dataset;
  // The tooltip (the whole title where the line is cut short) says what the line shows.
  const datasetTitle = useLocalized(meta.title, meta.title_i18n, meta.lang).text;
  return (
    <header className="top-bar">
      <div className="top-brand">
        <h1>{t('app.title')}</h1>
        <p className="dataset-title" title={datasetTitle}>
          <LocalizedText original={meta.title} translations={meta.title_i18n} originalLang={meta.lang} />
        </p>
      </div>
      <FilterSummary model={model} />
      <div className="top-actions">
        <div className="top-story">{story}</div>
        {actions}
        <LanguageSwitch />
      </div>
    </header>
  );
}
