import { useLayoutEffect } from 'react';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from '../../state/reduced-motion';

/**
 * Brings the selected event's place into view when the selection changes elsewhere (list,
 * timeline). Pans only when the place is not already well inside the view.
 *
 * A layout effect: the pan lands in the commit that shows the selection, so the map moves in
 * the same frame as the details and the list. A passive effect ran after that frame was painted
 * and cost a second style, layout and paint of the page for every selection from the list.
 */
export function FollowSelection({ lat, lon }: { lat: number | undefined; lon: number | undefined }) {
  const map = useMap();
  useLayoutEffect(() => {
    if (lat === undefined || lon === undefined) return;
    const size = map.getSize();
    const inView = size.x > 0 && size.y > 0 && map.getBounds().pad(-0.1).contains([lat, lon]);
    if (!inView) map.panTo([lat, lon], { animate: !prefersReducedMotion() });
  }, [map, lat, lon]);
  return null;
}
