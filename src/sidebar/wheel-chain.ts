/**
 * Passes the wheel on from a scrolling box inside the sidebar (the Outline) to the sidebar's
 * body once the box is at its end. Browsers latch a wheel gesture to the box where it began
 * (Chromium's wheel scroll latching, Firefox's wheel transactions): turned on over the Outline,
 * the wheel scrolls it to its end and then scrolls nothing for the rest of the gesture, and on
 * a narrow sidebar the Outline often lies under the pointer. Here the box takes the room it has
 * left and the body the rest, so no turn of the wheel is lost.
 */

/** Pixels per line and the share of a page, for wheels that count in lines or pages (Firefox's mice). */
const LINE_PIXELS = 16;
const PAGE_SHARE = 0.9;

/** The wheel's vertical distance in pixels, whatever unit the event counts in. */
function wheelPixels(event: WheelEvent, box: Element): number {
  if (event.deltaMode === WheelEvent.DOM_DELTA_LINE) return event.deltaY * LINE_PIXELS;
  if (event.deltaMode === WheelEvent.DOM_DELTA_PAGE) return event.deltaY * box.clientHeight * PAGE_SHARE;
  return event.deltaY;
}

/** The nearest ancestor that scrolls vertically (the sidebar's body), or null. */
function scrollingAncestor(box: Element): Element | null {
  for (let el = box.parentElement; el; el = el.parentElement) {
    if (/^(?:auto|scroll)$/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight) return el;
  }
  return null;
}

/**
 * A wheel listener for a scrolling box (`currentTarget`): where the box has room for the whole
 * turn it does nothing (the browser scrolls the box as usual); where it has less, the box
 * scrolls to its end and the scrolling box around it by the rest.
 */
export function chainWheel(event: WheelEvent): void {
  const box = event.currentTarget;
  if (!(box instanceof Element) || event.ctrlKey || event.deltaY === 0 || Math.abs(event.deltaX) > Math.abs(event.deltaY)) return;
  const pixels = wheelPixels(event, box);
  const room = pixels > 0 ? box.scrollHeight - box.clientHeight - box.scrollTop : -box.scrollTop;
  if (Math.abs(room) >= Math.abs(pixels)) return;
  const outer = scrollingAncestor(box);
  if (!outer) return;
  event.preventDefault();
  box.scrollTop += room;
  outer.scrollTop += pixels - room;
}
