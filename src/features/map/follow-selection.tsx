import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from '../../state/reduced-motion';

/**
 * Brings the selected event's place into view when the selection changes elsewhere (list,
 * timeline). Pans only when the place is not already well inside the view.
 */
export function FollowSelection({ lat, lon }: { lat: number | undefined; lon: number | undefined }) {
  const map = useMap();
  useEffect(() => {
    if (lat === undefined || lon === undefined) return;
    const size = map.getSize();
    const inView = size.x > 0 && size.y > 0 && map.getBounds().pad(-0.1).contains([lat, lon]);
    if (!inView) map.panTo([lat, lon], { animate: !prefersReducedMotion() });
  }, [map, lat, lon]);
  return null;
}
