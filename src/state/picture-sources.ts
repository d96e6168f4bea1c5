/**
 * Views that can be exported as a picture register the element that holds their drawing here;
 * the export reads it from here. So the export never searches the page for a view (by its
 * landmark name or class), and a view that is not on screen simply has nothing registered.
 */
import { useEffect, useSyncExternalStore, type RefObject } from 'react';

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

/*
 * Views skip redrawing the parts the reader cannot see (charts scrolled out of their panel).
 * A picture must show every part as it is now, so the export asks them all to draw first.
 */
let drawingEverything = false;
const drawListeners = new Set<() => void>();

function subscribeDrawEverything(listener: () => void): () => void {
  drawListeners.add(listener);
  return () => drawListeners.delete(listener);
}

/** True while an export needs every part of every view drawn, visible or not. */
export function useDrawEverything(): boolean {
  return useSyncExternalStore(subscribeDrawEverything, () => drawingEverything, () => false);
}

/**
 * Runs `work` once every view has drawn all its parts (two frames after asking), then lets them
 * skip hidden parts again.
 */
export async function withEverythingDrawn<T>(work: () => T | Promise<T>): Promise<T> {
  drawingEverything = true;
  drawListeners.forEach((listener) => listener());
  try {
    await nextFrame();
    await nextFrame();
    return await work();
  } finally {
    drawingEverything = false;
    drawListeners.forEach((listener) => listener());
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 0);
  });
}
