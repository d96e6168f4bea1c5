import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../src/domain/core/event-index';
import { parseDataset } from '../../src/domain/core/parse-dataset';
import { TopBar } from '../../src/app/layout/top-bar';
import { DetailsView } from '../../src/features/details/details-view';
import { EventsListView } from '../../src/features/events-list/events-list-view';
import { TimelineView } from '../../src/features/timeline/timeline-view';
import type { DashboardModel } from '../../src/state/dashboard-model';
import { openUrl, renderViews } from '../helpers/render-dashboard';

/** The default dataset as shipped: its events, actors and places carry Ukrainian and Russian (contract 1.1). */
const index = buildEventIndex(parseDataset(JSON.parse(readFileSync('public/data/events.json', 'utf8'))).dataset);
const DRUZHKIVKA = 'strike-2026-02-04-druzhkivka-market';
const event = index.events[index.byId.get(DRUZHKIVKA) ?? -1];

describe('texts from data in the reader’s language', { timeout: 20_000 }, () => {
  it('shows the event’s Ukrainian title, summary and place name, with the figures unchanged', () => {
    openUrl(`?lang=uk&event=${DRUZHKIVKA}`);
    renderViews([DetailsView], index);
    const details = screen.getByRole('article', { name: event?.title_i18n?.uk ?? 'missing' });
    expect(within(details).getByRole('heading', { name: event?.title_i18n?.uk ?? 'missing' })).toBeInTheDocument();
    expect(details).toHaveTextContent('Дружківка');
    expect(details).toHaveTextContent(/\b7\b/);
    expect(details).toHaveTextContent(/\b15\b/);
    if (event?.summary_i18n?.uk) expect(details).toHaveTextContent(event.summary_i18n.uk.slice(0, 40));
  });

  it('names a chosen place in the top bar’s filter chip in the reader’s language', () => {
    openUrl('?lang=uk&place=druzhkivka');
    renderViews([({ model }: { model: DashboardModel }) => <TopBar model={model} story={null} actions={null} />], index);
    expect(screen.getByText('Місце: Дружківка')).toBeInTheDocument();
  });

  it('names the dataset in the top bar, and in its tooltip, in the reader’s language', () => {
    openUrl('?lang=uk');
    renderViews([({ model }: { model: DashboardModel }) => <TopBar model={model} story={null} actions={null} />], index);
    const ukTitle = index.dataset.meta.title_i18n?.uk ?? 'missing';
    expect(screen.getByTitle(ukTitle)).toHaveTextContent(ukTitle);
  });

  it('shows Russian titles in the Events list', () => {
    openUrl(`?lang=ru&event=${DRUZHKIVKA}`);
    renderViews([EventsListView], index);
    expect(screen.getAllByText(event?.title_i18n?.ru ?? 'missing').length).toBeGreaterThan(0);
    expect(screen.queryByText(event?.title ?? '')).toBeNull();
  });

  it('keeps the English original, marked with its language, where the file has no translation', () => {
    openUrl(`?lang=uk&event=${DRUZHKIVKA}`);
    const bare = buildEventIndex(parseDataset({ ...JSON.parse(readFileSync('public/data/events.json', 'utf8')), events: JSON.parse(readFileSync('public/data/events.json', 'utf8')).events.map((e: { title_i18n?: unknown }) => ({ ...e, title_i18n: undefined })) }).dataset);
    renderViews([DetailsView], bare);
    const heading = screen.getByRole('heading', { name: event?.title ?? 'missing' });
    expect(heading.querySelector('[lang="en"]')).not.toBeNull();
  });

  it('names the place’s country in the reader’s language, and the selected event and place in every view’s words', () => {
    openUrl(`?lang=uk&event=${DRUZHKIVKA}&place=druzhkivka`);
    renderViews([DetailsView, TimelineView, EventsListView], index);
    const details = screen.getByRole('article', { name: event?.title_i18n?.uk ?? 'missing' });
    expect(details).toHaveTextContent('Дружківка, Україна');
    expect(details).not.toHaveTextContent('Ukraine');
    // The timeline's line under the lanes and the list's heading.
    expect(document.querySelector('.timeline-legend')).toHaveTextContent(`Обрано: ${event?.title_i18n?.uk ?? 'missing'}.`);
    expect(screen.getByRole('heading', { name: /Дружківка/, level: 2 })).toBeInTheDocument();
  });

  it('keeps a country name the browser does not know as written, marked with its language', () => {
    openUrl(`?lang=ru&event=${DRUZHKIVKA}`);
    const file = JSON.parse(readFileSync('public/data/events.json', 'utf8'));
    file.places = file.places.map((p: { id: string }) => (p.id === 'druzhkivka' ? { ...p, country: 'Donbas region' } : p));
    renderViews([DetailsView], buildEventIndex(parseDataset(file).dataset));
    const country = screen.getByText('Donbas region');
    expect(country).toHaveAttribute('lang', 'en');
  });
});
