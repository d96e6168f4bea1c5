/**
 * Small view choices the reader makes (show or hide a part of a view), kept in this browser's
 * localStorage so a reload keeps them. Storage may be missing or full (private windows,
 * sandboxed embeds): then the choice lasts as long as the page.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'talks-and-strikes:view:';

function readFlag(name: string): boolean | undefined {
  try {
    const value = window.localStorage.getItem(PREFIX + name);
    return value === '1' ? true : value === '0' ? false : undefined;
  } catch {
    return undefined;
  }
}

function writeFlag(name: string, on: boolean): void {
  try {
    window.localStorage.setItem(PREFIX + name, on ? '1' : '0');
  } catch {
    // Not kept: see above.
  }
}

/** An on/off choice named `name`, `initial()` until the reader changes it; the toggle keeps the new value. */
export function useViewFlag(name: string, initial: () => boolean): [boolean, () => void] {
  const [on, setOn] = useState(() => readFlag(name) ?? initial());
  const toggle = useCallback(() => {
    setOn((current) => {
      writeFlag(name, !current);
      return !current;
    });
  }, [name]);
  return [on, toggle];
}
