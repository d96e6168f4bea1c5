/** Keyboard commands of the timeline (when its drawing has focus). */

export type TimelineCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'pan-earlier'
  | 'pan-later'
  | 'zoom-in'
  | 'zoom-out'
  | 'reset-zoom'
  | 'select'
  | 'leave';

interface KeyInput {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The command a key press stands for, or null to let the browser have it. Arrow keys move
 * between events in date order; with Shift they pan. Ctrl/Cmd/Alt combinations stay the browser's.
 */
export function keyCommand(input: KeyInput): TimelineCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'ArrowRight':
      return input.shiftKey ? 'pan-later' : 'next';
    case 'ArrowLeft':
      return input.shiftKey ? 'pan-earlier' : 'previous';
    case 'PageDown':
      return 'pan-later';
    case 'PageUp':
      return 'pan-earlier';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'reset-zoom';
    case 'Enter':
    case ' ':
      return 'select';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
