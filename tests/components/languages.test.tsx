import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TopBar } from '../../src/app/layout/top-bar';
import { buildEventIndex } from '../../src/domain/core/event-index';
import { parseDataset } from '../../src/domain/core/parse-dataset';
import { DetailsView } from '../../src/features/details/details-view';
import { EventsListView } from '../../src/features/events-list/events-list-view';
import { FiltersView } from '../../src/features/filters/filters-view';
import type { DashboardModel } from '../../src/state/dashboard-model';
import { useDocumentLanguage } from '../../src/state/i18n';
import { miniDatasetFile } from '../helpers/mini-dataset';
import { openUrl, renderViews } from '../helpers/render-dashboard';

/** The mini dataset grown (or cut) to exactly `count` events, each with its own id. */
function indexOf(count: number) {
  const file = miniDatasetFile();
  const events = Array.from({ length: count }, (_, i) => {
    const event = file.events[i % file.events.length];
    if (!event) throw new Error('the mini dataset has no events');
    return { ...event, id: `${event.id}-${i}` };
  });
  return buildEventIndex(parseDataset({ ...file, events }).dataset);
}

const status = () => screen.getByRole('status');

function Bar({ model }: { model: DashboardModel }) {
  useDocumentLanguage();
  return <TopBar model={model} story={null} actions={null} />;
}

describe('the interface in Ukrainian and Russian', () => {
  beforeEach(() => openUrl(''));
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.title = '';
  });

  it.each([
    [1, 'Показано 1 з 1 події'],
    [3, 'Показано 3 з 3 подій'],
    [5, 'Показано 5 з 5 подій'],
    [21, 'Показано 21 з 21 події'],
  ])('Ukrainian status line with %i events: %s', (count, text) => {
    openUrl('?lang=uk');
    renderViews([FiltersView], indexOf(count));
    expect(status()).toHaveTextContent(text);
  });

  it.each([
    [1, 'Показано 1 из 1 события'],
    [3, 'Показано 3 из 3 событий'],
    [5, 'Показано 5 из 5 событий'],
    [21, 'Показано 21 из 21 события'],
  ])('Russian status line with %i events: %s', (count, text) => {
    openUrl('?lang=ru');
    renderViews([FiltersView], indexOf(count));
    expect(status()).toHaveTextContent(text);
  });

  it('English stays the default, with its own plurals', () => {
    renderViews([FiltersView], indexOf(1));
    expect(status()).toHaveTextContent('Showing 1 of 1 event');
  });

  it('shows the filters, the list and the details in Ukrainian, dates in the Ukrainian way', () => {
    openUrl('?lang=uk&categories=strike&event=strike-2026-01-24-kyiv');
    renderViews([FiltersView, EventsListView, DetailsView]);
    expect(status()).toHaveTextContent('Показано 4 з 8 подій');
    expect(screen.getByRole('heading', { name: 'Фільтри' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Скинути' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Дати' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Події' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Подробиці події' })).toBeInTheDocument();
    expect(screen.getByText('1 з 4')).toBeInTheDocument();
    expect(screen.getByText('Поранені').nextElementSibling).toHaveTextContent('4–6');
    // The Kyiv strike of 24 January 2026, written the Ukrainian way in its card and its row.
    expect(screen.getAllByText('24 січ. 2026 р.').length).toBeGreaterThan(0);
    expect(within(screen.getByRole('group', { name: 'Категорії' })).getByRole('button', { name: /Удар/, pressed: true })).toBeInTheDocument();
  });

  it('shows the details in Russian', () => {
    openUrl('?lang=ru&categories=strike&event=strike-2026-01-24-kyiv');
    renderViews([FiltersView, DetailsView]);
    expect(status()).toHaveTextContent('Показано 4 из 8 событий');
    expect(screen.getByRole('heading', { name: 'Подробности события' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Следующее →' })).toBeInTheDocument();
    expect(screen.getByText('Ранены')).toBeInTheDocument();
    expect(screen.getAllByText('24 янв. 2026 г.').length).toBeGreaterThan(0);
  });

  it('takes the browser’s language when the link names none', () => {
    const languages = Object.getOwnPropertyDescriptor(window.navigator, 'languages');
    Object.defineProperty(window.navigator, 'languages', { value: ['de-DE', 'ru-RU'], configurable: true });
    // As a browser does when the reader changes its languages.
    window.dispatchEvent(new Event('languagechange'));
    try {
      renderViews([FiltersView], indexOf(5));
      expect(status()).toHaveTextContent('Показано 5 из 5 событий');
    } finally {
      if (languages) Object.defineProperty(window.navigator, 'languages', languages);
      else Reflect.deleteProperty(window.navigator, 'languages');
      window.dispatchEvent(new Event('languagechange'));
    }
  });

  it('the top bar’s switch changes the language, keeps the filters in the address and sets <html lang>', async () => {
    openUrl('?categories=strike&from=2026-01-20');
    renderViews([Bar, FiltersView]);
    expect(document.documentElement.lang).toBe('en');
    const banner = screen.getByRole('banner');
    await userEvent.selectOptions(within(banner).getByRole('combobox', { name: 'Language' }), 'Українська');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('lang')).toBe('uk');
    expect(params.get('categories')).toBe('strike');
    expect(params.get('from')).toBe('2026-01-20');
    expect(document.documentElement.lang).toBe('uk');
    expect(within(banner).getByRole('combobox', { name: 'Мова' })).toHaveValue('uk');
    expect(screen.getByRole('heading', { name: 'Фільтри' })).toBeInTheDocument();
    // The date chip is written in the new language too.
    expect(within(banner).getByRole('button', { name: 'Прибрати фільтр: Від 20 січ. 2026 р.' })).toBeInTheDocument();
    // Back undoes the switch.
    window.history.back();
    await screen.findByRole('heading', { name: 'Filters' });
  });

  it('names the page in the active language', async () => {
    openUrl('?lang=ru');
    renderViews([Bar]);
    expect(document.title).toBe('Переговоры и удары');
    await userEvent.selectOptions(within(screen.getByRole('banner')).getByRole('combobox', { name: 'Язык' }), 'Українська');
    expect(document.title).toBe('Переговори й удари');
    await userEvent.selectOptions(within(screen.getByRole('banner')).getByRole('combobox', { name: 'Мова' }), 'English');
    expect(document.title).toBe('Talks & Strikes');
  });
});
