import { LocalizedText } from '../../components/localized-text';
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
  return (
    <header className="top-bar">
      <div className="top-brand">
        <h1>{t('app.title')}</h1>
        <p className="dataset-title" title={model.index.dataset.meta.title}>
          <LocalizedText original={model.index.dataset.meta.title} translations={model.index.dataset.meta.title_i18n} originalLang={model.index.dataset.meta.lang} />
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
