import type { DashboardModel } from '../../state/dashboard-model';

/**
 * What a filter control reads: the index, the filters as the URL holds them, and the actions.
 * Not the whole model, so that a new selection (an event, a place) does not redraw the controls.
 */
export type FilterControlsModel = Pick<DashboardModel, 'index' | 'filters' | 'actions'>;
