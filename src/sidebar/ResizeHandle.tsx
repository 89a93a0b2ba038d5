import { useState } from 'preact/hooks';
import type { Side } from '../settings/settings';

/** Props of {@link ResizeHandle}. */
export interface ResizeHandleProps {
  label: string;
  side: Side;
  width: number;
  min: number;
  max: number;
  /** A new width; `done` once the drag or key press is over. */
  onResize(width: number, done: boolean): void;
}

/** Step of the arrow keys, and of Shift with them. */
const STEP = 16;
const BIG_STEP = 64;

/**
 * The sidebar's inner edge: drag it, or focus it and use the arrow keys (Home and End for the
 * narrowest and widest). A focusable separator, as WAI-ARIA's window splitter pattern has it.
 */
export function ResizeHandle({ label, side, width, min, max, onResize }: ResizeHandleProps) {
  const [dragging, setDragging] = useState(false);
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)));
  const widthAt = (clientX: number, target: Element) => {
    const viewport = target.ownerDocument.documentElement.clientWidth;
    return clamp(side === 'right' ? viewport - clientX : clientX);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const grow = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const shrink = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    let next: number | null = null;
    if (event.key === grow) next = width + step;
    else if (event.key === shrink) next = width - step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onResize(clamp(next), true);
  };
  return (
    <div
      class={`il-resize${dragging ? ' il-resize--active' : ''}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      data-testid="resize-handle"
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        setDragging(true);
      }}
      onPointerMove={(event) => {
        if (dragging) onResize(widthAt(event.clientX, event.currentTarget), false);
      }}
      onPointerUp={(event) => {
        if (!dragging) return;
        setDragging(false);
        onResize(widthAt(event.clientX, event.currentTarget), true);
      }}
      onPointerCancel={() => setDragging(false)}
    />
  );
}
