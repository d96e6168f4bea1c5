import { useEffect, useEffectEvent, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { SourceLink } from '../../components/source-link';
import type { Story } from '../../domain/story/story-schema';
import type { DashboardModel } from '../../state/dashboard-model';
import { useStory } from './use-story';
import './story.css';

/** Where the keys mean typing: the story's shortcuts stay out. */
const TEXT_FIELDS =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"], [role="spinbutton"]';
/** Outside the panel, widgets that use the arrow keys themselves (sliders, lists, the map) keep them. */
const ARROW_OWNERS = `${TEXT_FIELDS}, [role="slider"], [role="listbox"], [role="grid"], [role="tablist"], [role="radiogroup"], [role="radio"], [role="menu"], [role="menubar"], [role="tree"], [role="application"], .leaflet-container`;
/** Popups close on Escape before the story does. */
const ESCAPE_OWNERS = `${TEXT_FIELDS}, [role="dialog"], [role="alertdialog"], .leaflet-popup`;

const hasModifier = (event: KeyboardEvent) => event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;

interface Props {
  model: DashboardModel;
  stories: readonly Story[];
  /** Stories the file had but that were skipped as invalid, one line each. */
  fileProblems?: readonly string[];
  /** Where an open step's card goes (a dock over the map), so text, map and timeline are seen together. */
  dock?: Element | null;
}

/**
 * The guided story: a Start button, then one step at a time (title, our text, sources) with
 * Previous / Next / Leave. ArrowLeft/ArrowRight step and Escape leaves while the story is open
 * (unless the reader is typing or in a widget that uses those keys). Only the step's headline
 * is announced.
 */
export function StoryPanel({ model, stories, fileProblems = [], dock }: Props) {
  const story = useStory(model, stories);
  const { open } = story;
  const panelRef = useRef<HTMLDivElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<'next' | 'start' | undefined>(undefined);
  const ids = useId();

  const step = open ? open.story.steps[open.index] : undefined;
  const count = open ? open.story.steps.length : 0;
  const canPrevious = open !== undefined && open.index > 0;
  const canNext = open !== undefined && open.index < count - 1;

  const stepRef = useRef<HTMLDivElement>(null);
  const inStory = (node: Node) => panelRef.current?.contains(node) === true || stepRef.current?.contains(node) === true;
  const focusInPanel = () => document.activeElement instanceof Node && inStory(document.activeElement);
  const move = (delta: 1 | -1) => {
    if (!open) return;
    const target = open.index + delta;
    if (target >= 0 && target < count) story.goToStep(open.story, target);
  };
  const start = (chosen: Story) => {
    pendingFocus.current = 'next';
    story.goToStep(chosen, 0);
  };
  const leave = () => {
    // The step's buttons go away: when focus was on one of them, it lands on Start, not on the page.
    pendingFocus.current = focusInPanel() ? 'start' : undefined;
    story.leave();
  };

  const isOpen = open !== undefined;
  useEffect(() => {
    if (pendingFocus.current === 'next' && isOpen) nextRef.current?.focus();
    if (pendingFocus.current === 'start' && !isOpen) startRef.current?.focus();
    pendingFocus.current = undefined;
  }, [isOpen]);

  const onArrow = useEffectEvent((event: KeyboardEvent) => {
    if (!open || event.defaultPrevented || hasModifier(event)) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const target = event.target;
    if (target instanceof Element) {
      const inPanel = inStory(target);
      if (target.closest(inPanel ? TEXT_FIELDS : ARROW_OWNERS)) return;
    }
    event.preventDefault();
    move(event.key === 'ArrowRight' ? 1 : -1);
  });
  const onEscape = useEffectEvent((event: KeyboardEvent) => {
    if (!open || event.key !== 'Escape' || event.defaultPrevented || hasModifier(event)) return;
    if (event.target instanceof Element && event.target.closest(ESCAPE_OWNERS)) return;
    // Handled here, so "Escape clears the selection" does not also fire for the same key press.
    event.preventDefault();
    leave();
  });
  useEffect(() => {
    const arrows = (event: KeyboardEvent) => onArrow(event);
    const escape = (event: KeyboardEvent) => onEscape(event);
    document.addEventListener('keydown', arrows);
    // Capture phase: runs before the dashboard's bubbling Escape handler, whatever the mount order.
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('keydown', arrows);
      document.removeEventListener('keydown', escape, true);
    };
  }, []);

  const stepCard =
    open && step ? (
        <div className="story-step" ref={stepRef} role="group" aria-label="Guided story">
          <p className="story-kicker">
            <span className="story-badge">Guided story</span> {open.story.title}{' '}
            <span className="muted">
              · Step {open.index + 1} of {count}
            </span>
          </p>
          <h2 className="story-title">{step.title}</h2>
          <p className="story-text">{step.text}</p>
          <div className="story-sources">
            <span className="muted">Sources:</span>
            <ul>
              {step.sources.map((source, i) => (
                <li key={`${source.title}-${i}`}>
                  <SourceLink source={source} />
                </li>
              ))}
            </ul>
          </div>
          {story.problems.length > 0 && (
            <div className="story-problems" role="note">
              <p>Parts of this story are missing from the loaded data:</p>
              <ul>
                {story.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="story-nav" role="group" aria-label="Story steps">
            <button type="button" aria-disabled={!canPrevious} aria-keyshortcuts="ArrowLeft" onClick={() => move(-1)}>
              <span aria-hidden="true">←</span> Previous step
            </button>
            <button ref={nextRef} type="button" aria-disabled={!canNext} aria-keyshortcuts="ArrowRight" onClick={() => move(1)}>
              Next step <span aria-hidden="true">→</span>
            </button>
            <button type="button" aria-keyshortcuts="Escape" onClick={leave}>
              Leave story
            </button>
          </div>
        </div>
    ) : null;

  return (
    <div className="story-panel" ref={panelRef}>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {open && step ? `Step ${open.index + 1} of ${count}: ${step.title}` : ''}
      </p>
      {open && step ? (
        dock ? (
          createPortal(stepCard, dock)
        ) : (
          stepCard
        )
      ) : (
        <div className="story-idle">
          <ul className="story-list">
            {stories.map((item, i) => (
              <li key={item.id}>
                <span id={`${ids}-${i}`}>
                  <span className="story-badge">Guided story</span> <strong>{item.title}</strong>
                  {item.summary ? <span className="muted"> {item.summary}</span> : null}
                </span>{' '}
                <button ref={i === 0 ? startRef : undefined} type="button" aria-describedby={`${ids}-${i}`} onClick={() => start(item)}>
                  {/* Narrow screens show only "Story" (still inside the name, for speech input). */}
                  <span className="story-start-verb">Start the</span>{' '}
                  <span className="story-start-noun">story</span>
                </button>
              </li>
            ))}
          </ul>
          {story.missingStoryId !== undefined && (
            <p className="story-problems" role="note">
              This link names a story that is not available (“{story.missingStoryId}”).
            </p>
          )}
          {fileProblems.length > 0 && (
            <div className="story-problems" role="note">
              <p>Some stories could not be used:</p>
              <ul>
                {fileProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
