/** False when the reader asked for reduced motion: pans and zooms then jump instead of gliding. */
export function motionAllowed(): boolean {
  return typeof window.matchMedia !== 'function' || !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
