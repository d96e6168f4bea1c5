import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A panel that opens over the page as a sheet (the filters on a phone): opening moves the focus
 * to its Close button, Escape or Close shuts it and gives the focus back to what opened it.
 */
export function useSheet() {
  const [open, setOpen] = useState(false);
  const sheetRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const hide = useCallback(() => {
    setOpen(false);
    opener.current?.focus();
    opener.current = null;
  }, []);

  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!open || event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      hide();
    },
    [open, hide],
  );

  return { open, show, hide, sheetRef, closeRef, onKeyDown };
}
