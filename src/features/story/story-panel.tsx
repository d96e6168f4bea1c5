import { LocalizedText } from '../../components/localized-text';
import { pickLocalized } from '../../domain/core/localized';
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { SourceLink } from '../../components/source-link';
import { describeProblem, type Problem } from '../../domain/core/problem';
import type { Story } from '../../domain/story/story-schema';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { SHORTCUT_PRIORITY, useShortcut } from '../../state/shortcuts';
import { useStory } from './use-story';
import './story.css';

interface Props {
  model: DashboardModel;
  stories: readonly Story[];
  /** Stories the file had but that were skipped as invalid, one line each. */
  fileProblems?: readonly Problem[];
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
  const tr = useT();
  const { t } = tr;

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

  // Arrows step and Escape leaves while a story is open; in the panel and its card, arrows work on
  // their buttons too.
  useShortcut('ArrowRight', SHORTCUT_PRIORITY.story, () => open !== undefined && (move(1), true), inStory);
  useShortcut('ArrowLeft', SHORTCUT_PRIORITY.story, () => open !== undefined && (move(-1), true), inStory);
  // Ranked above "Escape clears the selection", so one key press does not also do that.
  useShortcut('Escape', SHORTCUT_PRIORITY.story, () => open !== undefined && (leave(), true));

  const stepCard =
    open && step ? (
        <div className="story-step" ref={stepRef} role="group" aria-label={t('story.label')}>
          <p className="story-kicker">
            <span className="story-badge">{t('story.badge')}</span> <LocalizedText original={open.story.title} translations={open.story.title_i18n} />{' '}
            <span className="muted">{t('story.stepOf', { step: tr.number(open.index + 1), count: tr.number(count) })}</span>
          </p>
          <h2 className="story-title">
            <LocalizedText original={step.title} translations={step.title_i18n} />
          </h2>
          <p className="story-text">
            <LocalizedText original={step.text} translations={step.text_i18n} />
          </p>
          <div className="story-sources">
            <span className="muted">{t('story.sources')}</span>
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
              <p>{t('story.missingParts')}</p>
              <ul>
                {story.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="story-nav" role="group" aria-label={t('story.steps')}>
            <button type="button" aria-disabled={!canPrevious} aria-keyshortcuts="ArrowLeft" onClick={() => move(-1)}>
              <span aria-hidden="true">←</span> {t('story.previous')}
            </button>
            <button ref={nextRef} type="button" aria-disabled={!canNext} aria-keyshortcuts="ArrowRight" onClick={() => move(1)}>
              {t('story.next')} <span aria-hidden="true">→</span>
            </button>
            <button type="button" aria-keyshortcuts="Escape" onClick={leave}>
              {t('story.leave')}
            </button>
          </div>
        </div>
    ) : null;

  return (
    <div className="story-panel" ref={panelRef}>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {open && step ? t('story.announce', { step: tr.number(open.index + 1), count: tr.number(count), title: pickLocalized(step.title, step.title_i18n, tr.locale).text }) : ''}
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
                  <span className="story-badge">{t('story.badge')}</span> <strong>
                    <LocalizedText original={item.title} translations={item.title_i18n} />
                  </strong>
                  {item.summary ? (
                    <span className="muted">
                      {' '}
                      <LocalizedText original={item.summary} translations={item.summary_i18n} />
                    </span>
                  ) : null}
                </span>{' '}
                <button ref={i === 0 ? startRef : undefined} type="button" aria-describedby={`${ids}-${i}`} onClick={() => start(item)}>
                  {/* Narrow screens show only "Story" (still inside the name, for speech input). */}
                  <span className="story-start-verb">{t('story.startVerb')}</span>{' '}
                  <span className="story-start-noun">{t('story.startNoun')}</span>
                </button>
              </li>
            ))}
          </ul>
          {story.missingStoryId !== undefined && (
            <p className="story-problems" role="note">
              {t('story.missingStory', { id: story.missingStoryId })}
            </p>
          )}
          {fileProblems.length > 0 && (
            <div className="story-problems" role="note">
              <p>{t('story.fileProblems')}</p>
              <ul>
                {fileProblems.map((problem, i) => (
                  <li key={i}>{describeProblem(problem, tr)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
