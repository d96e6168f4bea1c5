/**
 * Views that can be exported as a picture register the element that holds their drawing here;
 * the export reads it from here. So the export never searches the page for a view (by its
 * landmark name or class), and a view that is not on screen simply has nothing registered.
 */
import { useEffect, type RefObject } from 'react';

export type PictureKind = 'charts' | 'map';

const sources = new Map<PictureKind, RefObject<HTMLElement | null>>();

/** Registers `ref`'s element as the drawing of `kind` while the calling view is mounted. */
export function usePictureSource(kind: PictureKind, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    sources.set(kind, ref);
    return () => {
      if (sources.get(kind) === ref) sources.delete(kind);
    };
  }, [kind, ref]);
}

/** The element holding the drawing of `kind`, or null when that view is not shown. */
export function pictureSource(kind: PictureKind): HTMLElement | null {
  return sources.get(kind)?.current ?? null;
}
