/**
 * Playback state: the playhead, window and speed live in the URL (so a link restores a paused
 * position); whether it is playing is local (a link never starts an animation). Every move
 * writes the window to the date filter, so all views follow it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { fromDayNumber, toDayNumber } from '../../domain/core/calendar-date';
import {
  atBound,
  clampDay,
  startPlayhead,
  speedToIntervalMs,
  windowRange,
  type DayBounds,
  type PlaybackSpeed,
  type PlaybackWindow,
} from '../../domain/playback/playback';
import type { MessageId } from '../../domain/core/i18n/translator';
import { currentFilters, type DashboardModel } from '../../state/dashboard-model';
import { usePrefersReducedMotion } from '../../state/reduced-motion';
import { readUrlState, useUrlState, writeUrl, type HistoryMode } from '../../state/url';

/** The notes the controls show, as catalog keys (written in the reader's language there). */
export const REDUCED_MOTION_NOTE = 'playback.reducedMotion' satisfies MessageId;
export const DATES_CHANGED_NOTE = 'playback.datesChanged' satisfies MessageId;

export interface Playback {
  bounds: DayBounds;
  playhead: number | undefined;
  windowSize: PlaybackWindow;
  speed: PlaybackSpeed;
  playing: boolean;
  reducedMotion: boolean;
  /** A short reader-facing note (reduced motion, paused because the dates changed) as a catalog key, or ''. */
  note: MessageId | '';
  /** Playback values in the URL that were ignored (bad date, unknown window or speed). */
  urlNotices: string[];
  togglePlay(): void;
  step(direction: 1 | -1): void;
  scrub(day: number): void;
  setWindowSize(windowSize: PlaybackWindow): void;
  setSpeed(speed: PlaybackSpeed): void;
  stop(): void;
  canStep(direction: 1 | -1): boolean;
}

/** Drives playback over the model's date filter. */
export function usePlayback(model: DashboardModel): Playback {
  const { index, filters } = model;
  const { playback: url } = useUrlState().state;
  const { playhead, window: windowSize, speed } = url;
  const urlNotices = usePlaybackNotices();
  const bounds = useMemo<DayBounds>(() => ({ minDay: index.minDay, maxDay: index.maxDay }), [index]);
  const reducedMotion = usePrefersReducedMotion();
  const [playingWanted, setPlaying] = useState(false);
  const [note, setNote] = useState<MessageId | ''>('');
  // Reduced motion switched on mid-play stops the animation at once, without another render pass.
  const playing = playingWanted && !reducedMotion && playhead !== undefined;

  /**
   * Moves the playhead and writes its window to the date filter, in one history entry. A moving
   * window replaces the view, so an open story step would no longer describe it: it is closed.
   */
  const goTo = useCallback(
    (day: number, size: PlaybackWindow, mode: HistoryMode) => {
      const head = clampDay(day, bounds);
      const range = windowRange(head, size, bounds);
      const filters = { ...currentFilters(index), from: fromDayNumber(range.fromDay), to: fromDayNumber(range.toDay) };
      const { speed: currentSpeed } = readUrlState().state.playback;
      writeUrl({ playback: { playhead: head, window: size, speed: currentSpeed }, filters, story: undefined }, mode);
    },
    [index, bounds],
  );

  useEffect(() => {
    if (!playing || playhead === undefined) return;
    const timer = setTimeout(() => {
      const expected = windowRange(playhead, windowSize, bounds);
      if (filters.from !== fromDayNumber(expected.fromDay) || filters.to !== fromDayNumber(expected.toDay)) {
        // Someone moved the dates (the filters, a story step): stop following rather than fight them.
        setPlaying(false);
        setNote(DATES_CHANGED_NOTE);
        return;
      }
      const next = clampDay(playhead + 1, bounds);
      goTo(next, windowSize, 'replace');
      if (atBound(next, 1, bounds)) setPlaying(false);
    }, speedToIntervalMs(speed));
    return () => clearTimeout(timer);
  }, [playing, playhead, windowSize, speed, bounds, filters.from, filters.to, goTo]);

  const togglePlay = useCallback(() => {
    if (playing) {
      setPlaying(false);
      setNote('');
      return;
    }
    const filterFrom = filters.from === undefined ? undefined : (toDayNumber(filters.from) ?? undefined);
    goTo(startPlayhead(playhead, bounds, filterFrom), windowSize, 'push');
    if (reducedMotion) {
      setNote(REDUCED_MOTION_NOTE);
      return;
    }
    setNote('');
    setPlaying(true);
  }, [playing, filters.from, playhead, bounds, windowSize, reducedMotion, goTo]);

  const step = useCallback(
    (direction: 1 | -1) => {
      setPlaying(false);
      if (!reducedMotion) setNote('');
      // Without a playhead yet, stepping forward starts at the first day and back at the last.
      const day = playhead === undefined ? (direction === 1 ? bounds.minDay : bounds.maxDay) : playhead + direction;
      goTo(day, windowSize, playhead === undefined ? 'push' : 'replace');
    },
    [reducedMotion, playhead, bounds, windowSize, goTo],
  );

  const scrub = useCallback(
    (day: number) => {
      setPlaying(false);
      goTo(day, windowSize, playhead === undefined ? 'push' : 'replace');
    },
    [goTo, windowSize, playhead],
  );

  const setWindowSize = useCallback(
    (size: PlaybackWindow) => {
      if (playhead === undefined) writeUrl({ playback: { playhead, window: size, speed } }, 'replace');
      else goTo(playhead, size, 'replace');
    },
    [playhead, speed, goTo],
  );

  const setSpeed = useCallback(
    (next: PlaybackSpeed) => {
      writeUrl({ playback: { playhead, window: windowSize, speed: next } }, 'replace');
    },
    [playhead, windowSize],
  );

  const stop = useCallback(() => {
    setPlaying(false);
    setNote('');
    writeUrl({ playback: undefined, filters: { ...currentFilters(index), from: undefined, to: undefined } }, 'push');
  }, [index]);

  const canStep = useCallback(
    (direction: 1 | -1) => playhead === undefined || !atBound(playhead, direction, bounds),
    [playhead, bounds],
  );

  return {
    bounds,
    playhead,
    windowSize,
    speed,
    playing,
    reducedMotion,
    note,
    urlNotices,
    togglePlay,
    step,
    scrub,
    setWindowSize,
    setSpeed,
    stop,
    canStep,
  };
}

/** Notices about playback keys in the URL that were ignored (bad date, unknown window or speed). */
function usePlaybackNotices(): string[] {
  const { notices } = useUrlState();
  return useMemo(() => notices.filter((notice) => PLAYBACK_NOTICE.test(notice)), [notices]);
}

/** A notice about a playback key: every language names the key as written (`window="9"`). */
const PLAYBACK_NOTICE = /(^|\s)(play|window|speed)="/;
