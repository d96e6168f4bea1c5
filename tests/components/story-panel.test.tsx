import { miniDatasetFile } from '../helpers/mini-dataset';
import { parseDataset } from '../../src/domain/core/parse-dataset';
import { buildEventIndex } from '../../src/domain/core/event-index';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseStoriesFile } from '../../src/domain/story/story-schema';
import { DetailsView } from '../../src/features/details/details-view';
import { FiltersView } from '../../src/features/filters/filters-view';
import { StoryBar } from '../../src/features/story/story-bar';
import { StoryPanel } from '../../src/features/story/story-panel';
import type { DashboardModel } from '../../src/state/dashboard-model';
import { useEscapeClearsSelection } from '../../src/state/escape-clears';
import { openUrl, renderViews } from '../helpers/render-dashboard';
import { goodStory, storyFile } from '../unit/story/story-fixtures';

const params = () => new URLSearchParams(window.location.search);
const stories = parseStoriesFile(storyFile()).stories;

function Story({ model }: { model: DashboardModel }) {
  return <StoryPanel model={model} stories={stories} />;
}
/** The dashboard's own Escape handler, so the test sees both handlers meet as in the app. */
function EscapeClears({ model }: { model: DashboardModel }) {
  useEscapeClearsSelection(model);
  return null;
}

const stepHeading = () => screen.getByRole('heading', { level: 2, name: /./ });
const nextButton = () => screen.getByRole('button', { name: 'Next step' });

describe('story panel', () => {
  beforeEach(() => openUrl(''));

  it('Start opens step 1: its view goes into the URL, focus lands on Next, the headline is announced', async () => {
    renderViews([Story]);
    await userEvent.click(screen.getByRole('button', { name: 'Start the story' }));
    expect(params().get('story')).toBe('abu-dhabi-rounds');
    expect(params().get('step')).toBe('1');
    expect(params().get('event')).toBe('talks-2026-01-23-abu-dhabi-round1');
    expect(params().get('from')).toBe('2026-01-22');
    expect(params().get('to')).toBe('2026-01-25');
    expect(stepHeading()).toHaveTextContent('The first round');
    expect(nextButton()).toHaveFocus();
    expect(screen.getByText('Step 1 of 3: The first round')).toHaveAttribute('aria-live', 'polite');
  });

  it('shows the step text of its own and links only http(s) sources', () => {
    openUrl('?story=abu-dhabi-rounds&step=1');
    renderViews([Story]);
    expect(screen.getByText('Delegations meet in Abu Dhabi.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Round one report/ })).toHaveAttribute('href', 'https://example.org/round1');
    expect(screen.getByText('Source article, 2026-02-04')).toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('Next sets the next step: event=, from/to and categories in the URL; focus stays on Next', async () => {
    renderViews([Story, DetailsView]);
    await userEvent.click(screen.getByRole('button', { name: 'Start the story' }));
    await userEvent.click(nextButton());
    expect(params().get('step')).toBe('2');
    expect(params().get('event')).toBe('strike-2026-02-04-druzhkivka-market');
    expect(params().get('categories')).toBe('strike');
    expect(params().get('from')).toBe('2026-02-03');
    expect(nextButton()).toHaveFocus();
    expect(screen.getByText('Step 2 of 3: The market strike')).toBeInTheDocument();
    // The other views follow the selection the step made.
    expect(screen.getByRole('heading', { name: /Druzhkivka's market/ })).toBeInTheDocument();
  });

  it('a step is one history entry: its filters, its position and no playback, written together', async () => {
    openUrl('?play=2026-02-04&window=30');
    renderViews([Story]);
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    await userEvent.click(screen.getByRole('button', { name: 'Start the story' }));
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
    expect(params().get('story')).toBe(goodStory().id);
    expect(params().get('play')).toBeNull();
    push.mockRestore();
    replace.mockRestore();
  });

  it('a step resets what it does not name, so it looks the same whatever came before', async () => {
    openUrl('?q=kyiv&place=kyiv&actors=usa');
    renderViews([Story]);
    await userEvent.click(screen.getByRole('button', { name: 'Start the story' }));
    expect(params().get('q')).toBeNull();
    expect(params().get('place')).toBeNull();
    expect(params().get('actors')).toBeNull();
  });

  it('ArrowRight and ArrowLeft step through the story when focus is not in a text field', async () => {
    openUrl('?story=abu-dhabi-rounds&step=1');
    renderViews([Story, FiltersView]);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(params().get('step')).toBe('2');
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(params().get('step')).toBe('3');
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(params().get('step')).toBe('3');
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(params().get('step')).toBe('2');
    const search = screen.getByLabelText('Search');
    search.focus();
    fireEvent.keyDown(search, { key: 'ArrowLeft' });
    expect(params().get('step')).toBe('2');
  });

  it('Escape leaves the story and keeps the view, without also clearing the selected event', async () => {
    openUrl('?story=abu-dhabi-rounds&step=2&event=strike-2026-02-04-druzhkivka-market&from=2026-02-03&to=2026-02-05');
    renderViews([Story, EscapeClears]);
    nextButton().focus();
    await userEvent.keyboard('{Escape}');
    expect(params().get('story')).toBeNull();
    expect(params().get('step')).toBeNull();
    expect(params().get('event')).toBe('strike-2026-02-04-druzhkivka-market');
    expect(params().get('from')).toBe('2026-02-03');
    expect(screen.getByRole('button', { name: 'Start the story' })).toHaveFocus();
    // With the story closed, Escape is the dashboard's again.
    await userEvent.keyboard('{Escape}');
    expect(params().get('event')).toBeNull();
  });

  it('Leave story returns to the Start button', async () => {
    openUrl('?story=abu-dhabi-rounds&step=3');
    renderViews([Story]);
    await userEvent.click(screen.getByRole('button', { name: 'Leave story' }));
    expect(params().get('story')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start the story' })).toHaveFocus();
  });

  it('a bare step link restores that step', () => {
    openUrl('?story=abu-dhabi-rounds&step=2');
    renderViews([Story]);
    expect(stepHeading()).toHaveTextContent('The market strike');
    expect(params().get('event')).toBe('strike-2026-02-04-druzhkivka-market');
    expect(params().get('from')).toBe('2026-02-03');
  });

  it('a step link that carries filters keeps them', () => {
    openUrl('?story=abu-dhabi-rounds&step=2&from=2026-01-01&to=2026-02-17');
    renderViews([Story]);
    expect(stepHeading()).toHaveTextContent('The market strike');
    expect(params().get('from')).toBe('2026-01-01');
    expect(params().get('event')).toBeNull();
  });

  it('the first and last steps keep their Previous/Next buttons focusable but inert', async () => {
    openUrl('?story=abu-dhabi-rounds&step=3');
    renderViews([Story]);
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(nextButton());
    expect(params().get('step')).toBe('3');
    expect(nextButton()).toHaveFocus();
  });

  it('a step drops the playback position, which no longer describes the view', async () => {
    openUrl('?play=2026-02-04&window=30');
    renderViews([Story]);
    await userEvent.click(screen.getByRole('button', { name: 'Start the story' }));
    expect(params().get('play')).toBeNull();
    expect(params().get('window')).toBeNull();
  });

  it('reports an event the data does not have, and the step still opens', () => {
    const broken = goodStory('broken');
    broken.steps[0]!.view.event = 'strike-1999-01-01-nowhere';
    const brokenStories = parseStoriesFile(storyFile([broken])).stories;
    function Broken({ model }: { model: DashboardModel }) {
      return <StoryPanel model={model} stories={brokenStories} />;
    }
    openUrl('?story=broken&step=1');
    renderViews([Broken]);
    expect(stepHeading()).toHaveTextContent('The first round');
    expect(screen.getByRole('note')).toHaveTextContent('Step 1 names event "strike-1999-01-01-nowhere", which is not in the loaded data.');
    expect(params().get('from')).toBe('2026-01-22');
    expect(params().get('event')).toBeNull();
  });

  it('says so when a link names a story that does not exist', () => {
    openUrl('?story=no-such-story&step=2');
    renderViews([Story]);
    expect(screen.getByRole('note')).toHaveTextContent('This link names a story that is not available (“no-such-story”).');
    expect(screen.getByRole('button', { name: 'Start the story' })).toBeInTheDocument();
  });
});

describe('story bar (fetches the stories file)', () => {
  beforeEach(() => openUrl(''));
  afterEach(() => vi.unstubAllGlobals());

  it('loads the stories and lists them, with the skipped ones reported', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(storyFile([goodStory(), { id: 'x' }])), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    renderViews([StoryBar]);
    expect(await screen.findByRole('button', { name: 'Start the story' })).toBeInTheDocument();
    expect(String(fetchMock.mock.calls[0]?.at(0))).toMatch(/data\/stories\.json$/);
    expect(within(screen.getByRole('note')).getByText(/Story 2 was skipped/)).toBeInTheDocument();
  });

  it('a missing stories file costs only the story', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('not found', { status: 404 })));
    renderViews([StoryBar]);
    await waitFor(() => expect(screen.getByText(/The guided story is not available/)).toBeInTheDocument(), { timeout: 4000 });
    expect(screen.getByText(/answered 404/)).toBeInTheDocument();
  });

  it('offers no story for a dataset that has none of its events, such as an opened file', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(storyFile([goodStory()])), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const file = miniDatasetFile();
    const other = buildEventIndex(parseDataset({ ...file, events: file.events.map((e) => ({ ...e, id: `other-${e.id}` })) }).dataset);
    renderViews([StoryBar], other);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByText(/Loading the story/)).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Start the story' })).not.toBeInTheDocument();
  });
});
