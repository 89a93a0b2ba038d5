/**
 * Brings an element into view inside one scrolling container, and only that one:
 * `scrollIntoView` would also scroll the page behind the sidebar.
 */

/** Space kept between the element and the container's edge. */
const MARGIN = 8;

/** Scrolls the container the least it takes to show the element. */
export function scrollIntoContainer(container: Element, element: Element): void {
  const box = container.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  if (rect.top < box.top) container.scrollTop -= box.top - rect.top + MARGIN;
  else if (rect.bottom > box.bottom) container.scrollTop += Math.min(rect.bottom - box.bottom + MARGIN, rect.top - box.top - MARGIN);
}
