import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  /** The button's text. */
  label: ReactNode;
  /** The panel's accessible name. */
  panelLabel: string;
  /** Open when first shown (the data panel right after a file was opened, to show its report). */
  initiallyOpen?: boolean;
  /** Extra class for the panel, e.g. to size it. */
  panelClassName?: string;
  children: ReactNode;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A top-bar action: a button that shows a panel under it (Open file, Share, Export). The panel
 * stays mounted while closed, so what it does in the background (a file dropped on the page, a
 * copy in progress) is not lost. Opening moves the focus into the panel; Escape or the button
 * closes it and gives the focus back to the button; a click elsewhere closes it.
 */
export function Disclosure({ label, panelLabel, initiallyOpen = false, panelClassName = '', children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const moveFocusIn = useRef(false);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    if (moveFocusIn.current) panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    moveFocusIn.current = false;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    // Handled: the dashboard's "Escape clears the selection" must not also fire.
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="disclosure" ref={wrapper} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="disclosure-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          moveFocusIn.current = !open;
          setOpen(!open);
        }}
      >
        {label} <span aria-hidden="true" className="disclosure-caret">▾</span>
      </button>
      <div id={id} ref={panel} role="dialog" aria-label={panelLabel} className={`disclosure-panel ${panelClassName}${open ? ' is-open' : ''}`}>
        {children}
      </div>
    </div>
  );
}
