import type { DayRange } from '../../domain/core/calendar-date';
import { useId, useRef } from 'react';
import { formatDay, fromDayNumber } from '../../domain/core/calendar-date';
import {
  PLAYBACK_SPEEDS,
  PLAYBACK_WINDOWS,
  speedLabel,
  windowRange,
  type PlaybackWindow,
} from '../../domain/playback/playback';
import type { Translator } from '../../domain/core/i18n/translator';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { SHORTCUT_PRIORITY, useShortcut } from '../../state/shortcuts';
import { usePlayback } from './use-playback';
import './playback.css';

function rangeText(range: DayRange, locale: string): string {
  return range.fromDay === range.toDay ? formatDay(range.toDay, locale) : `${formatDay(range.fromDay, locale)} – ${formatDay(range.toDay, locale)}`;
}

/** "Cumulative", "1 day", "7 days" in the reader's language. */
function windowWords(window: PlaybackWindow, tr: Translator): string {
  return window === 'cumulative' ? tr.t('playback.cumulative') : tr.t('playback.days', { count: window });
}

/**
 * Play/pause, a day back or forward, speed, window and a playhead slider. Every move writes the
 * window to the date filter, so every view follows. Space toggles play outside form controls.
 */
export function PlaybackControls({ model }: { model: DashboardModel }) {
  const playback = usePlayback(model);
  const { bounds, playhead, windowSize, speed, playing, note } = playback;
  const playRef = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const tr = useT();
  const { t, locale } = tr;

  useShortcut(' ', SHORTCUT_PRIORITY.playback, () => {
    playback.togglePlay();
    return true;
  });

  if (model.index.events.length === 0) return null;

  const range = playhead === undefined ? undefined : windowRange(playhead, windowSize, bounds);
  // Announced politely: constant while playing (no stream of dates), the new window after each explicit move.
  const announcement = playing
    ? t('playback.playing', { speed: speedLabel(speed), window: windowSize === 'cumulative' ? t('playback.cumulativeWindow') : windowWords(windowSize, tr) })
    : range
      ? t('playback.paused', { range: rangeText(range, locale) })
      : '';
  const canBack = playback.canStep(-1);
  const canForward = playback.canStep(1);

  return (
    <div className="playback" role="group" aria-label={t('playback.label')}>
      <div className="playback-row">
        <button
          ref={playRef}
          type="button"
          className="playback-play"
          aria-pressed={playing}
          aria-keyshortcuts="Space"
          aria-describedby={note ? `${ids}-note` : undefined}
          onClick={playback.togglePlay}
        >
          <span aria-hidden="true" className="playback-icon">
            {playing ? '❚❚' : '▶'}
          </span>{' '}
          {t('playback.play')}
        </button>
        <button type="button" aria-disabled={!canBack} onClick={() => canBack && playback.step(-1)}>
          <span aria-hidden="true">◀</span> {t('playback.previousDay')}
        </button>
        <button type="button" aria-disabled={!canForward} onClick={() => canForward && playback.step(1)}>
          {t('playback.nextDay')} <span aria-hidden="true">▶</span>
        </button>
        <label className="playback-field">
          <span>{t('playback.speed')}</span>
          <select
            value={String(speed)}
            onChange={(e) => {
              const chosen = PLAYBACK_SPEEDS.find((s) => String(s) === e.target.value);
              if (chosen !== undefined) playback.setSpeed(chosen);
            }}
          >
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s} value={String(s)}>
                {speedLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="playback-field">
          <span>{t('playback.window')}</span>
          <select
            value={String(windowSize)}
            onChange={(e) => {
              const chosen = PLAYBACK_WINDOWS.find((w) => String(w) === e.target.value);
              if (chosen !== undefined) playback.setWindowSize(chosen);
            }}
          >
            {PLAYBACK_WINDOWS.map((w) => (
              <option key={w} value={String(w)}>
                {windowWords(w, tr)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-disabled={playhead === undefined}
          onClick={() => {
            if (playhead === undefined) return;
            playback.stop();
            playRef.current?.focus(); // The reader's next move is most likely Play again.
          }}
        >
          {t('playback.stop')}
        </button>
      </div>
      <div className="playback-row">
        <input
          type="range"
          className="playback-slider"
          aria-label={t('playback.playhead')}
          min={bounds.minDay}
          max={bounds.maxDay}
          step={1}
          value={playhead ?? bounds.minDay}
          aria-valuetext={formatDay(playhead ?? bounds.minDay, locale)}
          onChange={(e) => playback.scrub(Number(e.target.value))}
        />
        <p className="playback-position">
          {range && playhead !== undefined ? (
            <>
              <time dateTime={fromDayNumber(playhead)}>{formatDay(playhead, locale)}</time>
              <span className="muted">{t('playback.showing', { range: rangeText(range, locale) })}</span>
            </>
          ) : (
            <span className="muted">{t('playback.hint')}</span>
          )}
        </p>
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <p className="playback-note" id={`${ids}-note`} role="status">
        {note === '' ? '' : t(note)}
      </p>
      {playback.urlNotices.map((notice) => (
        <p key={notice} className="playback-note">
          {notice}
        </p>
      ))}
    </div>
  );
}
