import { render } from 'preact';
import type { KnowledgeEntry } from '../core/knowledge/schema';
import type { Entity, Lang } from '../core/types';
import type { Strings } from '../sidebar/strings';
import { placeCard, type CardPlacement } from './card-placement';
import { ContextCard } from './ContextCard';
import { adoptSheet, dropSheet, highlightApi, type HighlightApi } from './highlights';
import type { SummaryPort, SummaryView } from './summary-port';
import { rangeOfNormalized } from './text-range';

/**
 * Context in place: the first mention of each person or thing of the Context list in the article
 * gets a subtle dotted underline (a CSS Custom Highlight: the page's DOM is not rewritten) and a
 * transparent, focusable button over it in our shadow root, so that a click, or Enter on the
 * focused mark, opens a card next to it. Esc, the close button or a click elsewhere closes the
 * card. A name outside the knowledge base gets its Wikipedia summary on the card, loaded only
 * when the reader asks (or chose "always"), once per name while the page is open.
 */

/** The highlight's name, styled by the adopted sheet below. */
export const ENTITY_HIGHLIGHT = 'interview-lens-entity';

const UNDERLINE_CSS = `::highlight(${ENTITY_HIGHLIGHT}) { text-decoration: underline dotted rgba(47, 91, 211, 0.85); text-decoration-thickness: 2px; text-underline-offset: 3px; }`;

export interface ContextCardsOptions {
  doc: Document;
  /** The live paragraphs (index = `Analysis.paragraphs` index). */
  elements: Element[];
  /** Where each paragraph starts in its element's text (a paragraph may be part of one). */
  offsets: readonly number[];
  entities: Entity[];
  knowledge: KnowledgeEntry[];
  /** A container inside the extension's shadow root. */
  layer: HTMLElement;
  /** The UI's language and words. */
  lang: Lang;
  t: Strings;
  /** Wikipedia summaries for names outside the knowledge base. */
  summaries: SummaryPort;
}

interface Mark {
  entity: Entity;
  range: Range;
  button: HTMLButtonElement;
}

/** Marks the first mentions and opens their cards; `destroy()` removes every trace. */
export class ContextCards {
  private readonly marks: Mark[] = [];
  private readonly cardRoot: HTMLDivElement;
  private readonly sheet: CSSStyleSheet | null;
  private readonly api: HighlightApi | null;
  private readonly byId: Map<string, KnowledgeEntry>;
  private openMark: Mark | null = null;
  /** Summaries asked for on this page, by entity id: loading, or what came back. */
  private readonly summaries = new Map<string, SummaryView>();
  private shown = true;
  /** Where the open card stands. */
  private placement: CardPlacement | null = null;
  private frame = 0;
  private readonly abort = new AbortController();

  constructor(private readonly options: ContextCardsOptions) {
    const { doc, layer, entities } = options;
    this.byId = new Map(options.knowledge.map((e) => [e.id, e]));
    this.api = highlightApi(doc);
    this.sheet = this.api ? adoptSheet(doc, UNDERLINE_CSS) : null;
    for (const entity of entities) {
      const first = entity.positions?.[0];
      const element = first ? options.elements[first.paragraph] : undefined;
      const at = first ? (options.offsets[first.paragraph] ?? 0) : 0;
      const range = first && element ? rangeOfNormalized(element, at + first.start, at + first.end) : null;
      if (!range) continue;
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'il-mark';
      button.setAttribute('aria-label', options.t('aboutEntity', entity.label));
      button.setAttribute('aria-haspopup', 'dialog');
      button.dataset.entity = entity.id;
      const mark = { entity, range, button };
      button.addEventListener('click', () => this.open(mark));
      // A mark reached with Tab may stand over a mention out of sight: bring the mention in.
      button.addEventListener('focus', () => this.reveal(mark));
      layer.append(button);
      this.marks.push(mark);
    }
    this.cardRoot = doc.createElement('div');
    layer.append(this.cardRoot);
    if (this.api && this.marks.length) this.api.registry.set(ENTITY_HIGHLIGHT, new this.api.Highlight(...this.marks.map((m) => m.range)));

    const win = doc.defaultView;
    const signal = this.abort.signal;
    win?.addEventListener('scroll', () => this.schedule(), { passive: true, capture: true, signal });
    win?.addEventListener('resize', () => this.schedule(), { passive: true, signal });
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.close(), { signal });
    doc.addEventListener('pointerdown', (e) => this.closeUnlessInside(e), { capture: true, signal });
    this.place();
  }

  /** Opens the card of an entity at its first mention (also used from the sidebar). */
  openEntity(entityId: string): boolean {
    const mark = this.marks.find((m) => m.entity.id === entityId);
    if (!mark) return false;
    this.reveal(mark);
    this.open(mark);
    return true;
  }

  /** Shows the underlines and their marks, or takes them away (and the open card) while the sidebar is closed. */
  setShown(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    if (!shown) {
      this.openMark = null;
      render(null, this.cardRoot);
      this.api?.registry.delete(ENTITY_HIGHLIGHT);
    } else if (this.api && this.marks.length) {
      this.api.registry.set(ENTITY_HIGHLIGHT, new this.api.Highlight(...this.marks.map((m) => m.range)));
    }
    for (const { button } of this.marks) button.hidden = !shown;
    if (shown) this.place();
  }

  destroy(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    render(null, this.cardRoot);
    this.cardRoot.remove();
    for (const m of this.marks) m.button.remove();
    this.api?.registry.delete(ENTITY_HIGHLIGHT);
    dropSheet(this.options.doc, this.sheet);
  }

  private reveal(mark: Mark): void {
    const rect = mark.range.getBoundingClientRect();
    const win = this.options.doc.defaultView;
    if (win && (rect.bottom < 0 || rect.top > win.innerHeight)) {
      mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      this.place();
    }
  }

  private open(mark: Mark): void {
    this.openMark = mark;
    this.placement = null;
    this.renderCard();
    if (mark.entity.lookup && this.options.summaries.consent() === 'always' && !this.summaries.has(mark.entity.id)) this.loadSummary(mark.entity);
  }

  /** Asks for an entity's summary (the reader clicked "Load", or chose "always") and shows it when it comes. */
  private loadSummary(entity: Entity): void {
    const current = this.summaries.get(entity.id);
    if (current?.status === 'loading') return;
    this.summaries.set(entity.id, { status: 'loading' });
    this.rerender(entity);
    // The button just pressed is gone: the focus stays in the card, where Esc still closes it.
    (this.cardRoot.firstElementChild as HTMLElement | null)?.focus();
    void this.options.summaries.load(entity.label).then(
      (result) => this.settle(entity, result),
      () => this.settle(entity, { status: 'offline' }),
    );
  }

  private settle(entity: Entity, view: SummaryView): void {
    if (this.abort.signal.aborted) return;
    this.summaries.set(entity.id, view);
    this.rerender(entity);
  }

  /** Draws the open card again if it is this entity's (its size may change: placed anew). */
  private rerender(entity: Entity): void {
    if (this.openMark?.entity.id !== entity.id) return;
    this.placement = null;
    this.renderCard();
  }

  private allowAlways(entity: Entity): void {
    void this.options.summaries.allowAlways().catch(() => undefined);
    this.loadSummary(entity);
  }

  private close(): void {
    if (!this.openMark) return;
    const button = this.openMark.button;
    this.openMark = null;
    render(null, this.cardRoot);
    button.focus();
  }

  private closeUnlessInside(event: Event): void {
    if (!this.openMark) return;
    const path = event.composedPath();
    if (path.includes(this.cardRoot) || this.marks.some((m) => path.includes(m.button))) return;
    this.close();
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    if (!this.shown) return;
    this.frame = requestAnimationFrame(() => this.place());
  }

  /**
   * Keeps each mark over its mention, and the open card beside it. Every mark's position is read
   * before any is written: a style written between two reads made the browser lay the page out
   * again for each mark, on every frame of a scroll. An open card is measured after, once.
   */
  private place(): void {
    const rects = this.marks.map(({ range }) => firstRect(range));
    this.marks.forEach(({ button }, i) => {
      const rect = rects[i];
      Object.assign(button.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    });
    if (this.openMark) this.renderCard(rects[this.marks.indexOf(this.openMark)]);
  }

  /**
   * Renders the open card next to its mention (at `rect`, when the caller has read it already):
   * drawn once where it stood, measured, then placed where it fits the window (card-placement.ts).
   */
  private renderCard(known?: DOMRect): void {
    const mark = this.openMark;
    if (!mark) return;
    const anchor = known ?? firstRect(mark.range);
    const root = this.options.doc.documentElement;
    const view = { width: root.clientWidth, height: root.clientHeight };
    const draw = (placement: CardPlacement) =>
      render(
        <ContextCard
          entity={mark.entity}
          entry={this.byId.get(mark.entity.id) ?? null}
          lang={this.options.lang}
          t={this.options.t}
          placement={placement}
          summary={
            mark.entity.lookup
              ? {
                  view: this.summaries.get(mark.entity.id) ?? null,
                  host: this.options.summaries.host,
                  onLoad: () => this.loadSummary(mark.entity),
                  onAlways: () => this.allowAlways(mark.entity),
                }
              : null
          }
          onClose={() => this.close()}
        />,
        this.cardRoot,
      );
    draw(this.placement ?? { left: anchor.left, top: anchor.bottom, maxHeight: view.height });
    const card = this.cardRoot.firstElementChild as HTMLElement | null;
    if (!card) return;
    // scrollHeight is the content's whole height, however much of it the card shows now.
    const size = { width: card.offsetWidth, height: card.scrollHeight + card.offsetHeight - card.clientHeight };
    this.placement = placeCard(anchor, size, view);
    draw(this.placement);
  }
}

/** Where a mention starts on screen: its first line box. */
function firstRect(range: Range): DOMRect {
  return range.getClientRects()[0] ?? range.getBoundingClientRect();
}
