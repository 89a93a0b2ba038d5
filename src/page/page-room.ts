import { adoptSheet, dropSheet } from './highlights';

/**
 * Room for the sidebar on a wide window: the page's root element gets a margin on the
 * sidebar's side, so the content reflows beside the sidebar instead of under it. The rule
 * lives in one adopted stylesheet (the page's DOM is not rewritten; CSP's style-src does not
 * apply to constructed sheets); where a sheet cannot be adopted, the root's inline style
 * carries it and is restored. Elements the page fixes to the viewport are not moved.
 */

export interface PageRoom {
  /** Reserves `width` px on that side; 0 gives the room back. */
  reserve(side: 'left' | 'right', width: number): void;
  /** Gives the room back and removes the stylesheet. */
  destroy(): void;
}

/** A room keeper for this document. */
export function createPageRoom(doc: Document): PageRoom {
  const sheet = adoptSheet(doc, '');
  const root = doc.documentElement;
  let inline: { property: string; value: string; priority: string } | null = null;

  const restoreInline = () => {
    if (!inline) return;
    root.style.setProperty(inline.property, inline.value, inline.priority);
    inline = null;
  };

  return {
    reserve(side, width) {
      const px = Math.max(0, Math.round(width));
      if (sheet) {
        sheet.replaceSync(px > 0 ? `html { margin-${side}: ${px}px !important; }` : '');
        return;
      }
      restoreInline();
      if (px === 0) return;
      const property = `margin-${side}`;
      inline = { property, value: root.style.getPropertyValue(property), priority: root.style.getPropertyPriority(property) };
      root.style.setProperty(property, `${px}px`, 'important');
    },
    destroy() {
      dropSheet(doc, sheet);
      restoreInline();
    },
  };
}
