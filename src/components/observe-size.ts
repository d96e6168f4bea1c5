import { flushSync } from 'react-dom';

/**
 * Follows an element's content box with a ResizeObserver and hands each new size to `onSize`
 * inside flushSync, for every view that sizes its drawing by its box (the timeline, the charts).
 * The observer reports after layout and before paint, so a state update made there is drawn in
 * this frame; left to React's scheduler it was drawn a frame later, a second frame of changes
 * after any change around the element (a legend line that goes on Reset, say).
 * Returns the disconnect; does nothing where ResizeObserver is missing (test DOMs).
 */
export function observeSize(element: Element, onSize: (box: DOMRectReadOnly) => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver((entries) => {
    const box = entries[0]?.contentRect;
    if (box) flushSync(() => onSize(box));
  });
  observer.observe(element);
  return () => observer.disconnect();
}
