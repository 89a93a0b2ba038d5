/**
 * Where a context card stands in the window, pure: below its mention when it fits there,
 * else above it, else beside it, else on the roomier side of the two with a height it scrolls
 * within. Never cut off by the window's edge.
 */

/** A box in viewport coordinates. */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The card's position (viewport px) and the most height it may take; beyond, it scrolls inside. */
export interface CardPlacement {
  left: number;
  top: number;
  maxHeight: number;
}

/** Space kept between the card and the window's edges. */
const EDGE = 12;

/** Space between a mention and its card. */
const GAP = 6;

/** Places a card of this natural size next to the mention at `anchor`, in a window of `view` size. */
export function placeCard(anchor: ViewportBox, card: { width: number; height: number }, view: { width: number; height: number }): CardPlacement {
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));
  const left = clamp(anchor.left, EDGE, view.width - card.width - EDGE);
  const below = view.height - EDGE - (anchor.bottom + GAP);
  const above = anchor.top - GAP - EDGE;
  if (card.height <= below) return { left, top: anchor.bottom + GAP, maxHeight: below };
  if (card.height <= above) return { left, top: anchor.top - GAP - card.height, maxHeight: above };
  const tall = view.height - 2 * EDGE;
  const height = Math.min(card.height, tall);
  const beside = clamp(anchor.top, EDGE, view.height - EDGE - height);
  if (view.width - EDGE - (anchor.right + GAP) >= card.width) return { left: anchor.right + GAP, top: beside, maxHeight: tall };
  if (anchor.left - GAP - EDGE >= card.width) return { left: anchor.left - GAP - card.width, top: beside, maxHeight: tall };
  if (below >= above) return { left, top: anchor.bottom + GAP, maxHeight: below };
  return { left, top: anchor.top - GAP - Math.min(card.height, above), maxHeight: above };
}
