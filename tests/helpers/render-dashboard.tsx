/**
 * Test helpers: build an index from the mini dataset and render a view (or the whole
 * dashboard) wired to the real URL-backed model, as the app does.
 */
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { Providers } from '../../src/app/providers';
import { buildEventIndex, type EventIndex } from '../../src/domain/core/event-index';
import { parseDataset } from '../../src/domain/core/parse-dataset';
import { useDashboardModel, type DashboardModel } from '../../src/state/dashboard-model';
import { miniDatasetFile } from './mini-dataset';

export function miniIndex(): EventIndex {
  return buildEventIndex(parseDataset(miniDatasetFile()).dataset);
}

/** Sets the address bar as a reader's link would, before rendering. */
export function openUrl(search: string): void {
  window.history.replaceState(null, '', `/${search}`);
}

/** Renders one or more views side by side, all fed by one model (as the dashboard does), inside the app's providers. */
export function renderViews(views: ComponentType<{ model: DashboardModel }>[], index: EventIndex = miniIndex()) {
  function Harness() {
    const model = useDashboardModel(index);
    return (
      <>
        {views.map((View, i) => (
          <View key={i} model={model} />
        ))}
      </>
    );
  }
  return render(
    <Providers>
      <Harness />
    </Providers>,
  );
}
