import type { DayRange } from '../../domain/core/calendar-date';
import { useId, useRef } from 'react';
import { formatDay, fromDayNumber } from '../../domain/core/calendar-date';
import {
  PLAYBACK_SPEEDS,
  PLAYBACK_WINDOWS,
  speedLabel,
  windowLabel,
  windowRange,
} from '../../domain/playback/playback';
import type { DashboardModel } from '../../state/dashboard-model';
import { SHORTCUT_PRIORITY, useShortcut } from '../../state/shortcuts';
import { usePlayback } from './use-playback';
import './playback.css';

function rangeText(range: DayRange): string {
  return range.fromDay === range.toDay ? formatDay(range.toDay) : `${formatDay(range.fromDay)} – ${formatDay(range.toDay)}`;
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

  useShortcut(' ', SHORTCUT_PRIORITY.playback, () => {
    playback.togglePlay();
    return true;
  });

  if (model.index.events.length === 0) return null;

  const range = playhead === undefined ? undefined : windowRange(playhead, windowSize, bounds);
  // Announced politely: constant while playing (no stream of dates), the new window after each explicit move.
  const announcement = playing
    ? `Playing at ${speedLabel(speed)}, ${windowLabel(windowSize).toLowerCase()} window`
    : range
      ? `Paused. Showing ${rangeText(range)}`
      : '';
  const canBack = playback.canStep(-1);
  const canForward = playback.canStep(1);

  return (
    <div className="playback" role="group" aria-label="Playback">
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
          Play
        </button>
        <button type="button" aria-disabled={!canBack} onClick={() => canBack && playback.step(-1)}>
          <span aria-hidden="true">◀</span> Previous day
        </button>
        <button type="button" aria-disabled={!canForward} onClick={() => canForward && playback.step(1)}>
          Next day <span aria-hidden="true">▶</span>
        </button>
        <label className="playback-field">
          <span>Speed</span>
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
          <span>Window</span>
          <select
            value={String(windowSize)}
            onChange={(e) => {
              const chosen = PLAYBACK_WINDOWS.find((w) => String(w) === e.target.value);
              if (chosen !== undefined) playback.setWindowSize(chosen);
            }}
          >
            {PLAYBACK_WINDOWS.map((w) => (
              <option key={w} value={String(w)}>
                {windowLabel(w)}
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
          Stop
        </button>
      </div>
      <div className="playback-row">
        <input
          type="range"
          className="playback-slider"
          aria-label="Playhead"
          min={bounds.minDay}
          max={bounds.maxDay}
          step={1}
          value={playhead ?? bounds.minDay}
          aria-valuetext={formatDay(playhead ?? bounds.minDay)}
          onChange={(e) => playback.scrub(Number(e.target.value))}
        />
        <p className="playback-position">
          {range && playhead !== undefined ? (
            <>
              <time dateTime={fromDayNumber(playhead)}>{formatDay(playhead)}</time>
              <span className="muted"> · showing {rangeText(range)}</span>
            </>
          ) : (
            <span className="muted">Press Play to move through the data day by day.</span>
          )}
        </p>
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <p className="playback-note" id={`${ids}-note`} role="status">
        {note}
      </p>
      {playback.urlNotices.map((notice) => (
        <p key={notice} className="playback-note">
          {notice}
        </p>
      ))}
    </div>
  );
}
