import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { analyzeDocument, linkAnalysis, type AnalysisResult } from '../../src/core/analyze';
import type { KnowledgeEntry } from '../../src/core/knowledge/schema';
import { isMessage, KNOWLEDGE_GLOBAL, LOAD_KNOWLEDGE_MESSAGE, TOGGLE_MESSAGE } from '../../src/messages';
import { CARD_LABELS, MARK_LABEL } from '../../src/page/card-labels';
import { ContextCards } from '../../src/page/context-cards';
import cardsCss from '../../src/page/context-cards.css?inline';
import { createPageBridge, type PageBridge } from '../../src/page/page-bridge';
import { siteFor } from '../../src/sites';
import { Launcher } from '../../src/sidebar/Launcher';
import { Sidebar } from '../../src/sidebar/Sidebar';
import sidebarCss from '../../src/sidebar/sidebar.css?inline';
import { strings, uiLang } from '../../src/sidebar/strings';
import type { SidebarActions } from '../../src/sidebar/types';

/** Where this content script keeps its one instance, so a second injection toggles it. */
const INSTANCE = Symbol.for('interview-lens');

/** Performance marks the benchmark reads through Playwright. */
export const MARKS = { start: 'interview-lens:start', rendered: 'interview-lens:rendered', idle: 'interview-lens:idle' };

type Mode = 'auto' | 'manual';

/**
 * Starts Interview Lens in this page: automatically on the sites we know (the sidebar opens on
 * a detected interview, nothing happens otherwise), on request anywhere else.
 */
export async function startLens(ctx: ContentScriptContext): Promise<void> {
  const scope = globalThis as { [INSTANCE]?: Lens };
  const existing = scope[INSTANCE];
  if (existing) {
    await existing.toggle();
    return;
  }
  const lens = new Lens(ctx);
  scope[INSTANCE] = lens;
  ctx.onInvalidated(() => {
    lens.destroy();
    delete scope[INSTANCE];
  });
  await lens.start(siteFor(location.href).id === 'generic' ? 'manual' : 'auto');
}

/**
 * The knowledge base, loaded only once an interview is found: the background injects its
 * script into this world (content scripts are single bundles, so `import()` would not split).
 */
async function loadKnowledge(): Promise<KnowledgeEntry[]> {
  const scope = globalThis as { [KNOWLEDGE_GLOBAL]?: KnowledgeEntry[] };
  if (!scope[KNOWLEDGE_GLOBAL]) await browser.runtime.sendMessage({ type: LOAD_KNOWLEDGE_MESSAGE }).catch(() => false);
  return scope[KNOWLEDGE_GLOBAL] ?? [];
}

/** Owns the analysis of the page, the page bridge and the sidebar UI; `destroy()` removes all. */
class Lens {
  private result: AnalysisResult | null = null;
  private bridge: PageBridge | null = null;
  private cards: ContextCards | null = null;
  private knowledge: KnowledgeEntry[] = [];
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private open = false;
  private readonly t = strings(uiLang(navigator.language));
  private readonly actions: SidebarActions = {
    jumpToTurn: (turnId) => {
      const turn = this.result?.analysis.turns.find((t) => t.id === turnId);
      if (turn) this.bridge?.showParagraphs(turn.paragraphs);
    },
    jumpToParagraph: (index) => this.bridge?.showParagraphs([index]),
    close: () => this.setOpen(false),
  };
  private readonly onMessage = (message: unknown) => {
    if (!isMessage(message, TOGGLE_MESSAGE)) return undefined;
    return this.toggle().then(() => true);
  };

  constructor(private readonly ctx: ContentScriptContext) {
    browser.runtime.onMessage.addListener(this.onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => void this.restart());
  }

  async start(mode: Mode): Promise<void> {
    performance.mark(MARKS.start);
    this.analyze(mode === 'manual');
    if (mode === 'auto' && !this.result?.analysis.isInterview) {
      performance.mark(MARKS.idle);
      return;
    }
    await this.show();
  }

  /** The toolbar button: opens (analysing the page if needed) or closes the sidebar. */
  async toggle(): Promise<void> {
    if (this.ui) {
      this.setOpen(!this.open);
      return;
    }
    if (!this.result?.analysis.isInterview) this.analyze(true);
    await this.show();
  }

  destroy(): void {
    browser.runtime.onMessage.removeListener(this.onMessage);
    this.removeUi();
    this.bridge?.destroy();
    this.bridge = null;
  }

  /** A single-page app moved to another article: start over there. */
  private async restart(): Promise<void> {
    const wasShown = this.ui !== null;
    this.removeUi();
    await this.start(wasShown || siteFor(location.href).id === 'generic' ? 'manual' : 'auto');
  }

  private analyze(force: boolean): void {
    this.bridge?.destroy();
    try {
      this.result = analyzeDocument(document, { url: location.href, force });
    } catch (error) {
      // The analysis promises not to throw; should a page still break it, say so in the sidebar.
      this.result = analyzeDocument(document.implementation.createHTMLDocument(''), { url: location.href });
      this.result.analysis.detection.reason = `analysis failed: ${(error as Error).message}`;
    }
    this.bridge = createPageBridge(document, this.result.elements);
  }

  private async show(): Promise<void> {
    const analysis = this.result?.analysis;
    if (analysis?.isInterview && analysis.entities.length === 0) {
      this.knowledge = await loadKnowledge();
      analysis.entities = linkAnalysis(analysis, this.knowledge);
    }
    this.open = true;
    this.ui = await createShadowRootUi<HTMLElement>(this.ctx, {
      name: 'interview-lens-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: sidebarCss + cardsCss,
      onMount: (container) => {
        const root = document.createElement('div');
        root.className = 'il-root';
        container.append(root);
        return root;
      },
      onRemove: (root) => {
        if (root) render(null, root);
      },
    });
    this.ui.mount();
    this.render();
    this.mountContextCards();
    performance.mark(MARKS.rendered);
  }

  /** Underlines the first mention of each known entity; a click or Enter opens its card. */
  private mountContextCards(): void {
    const analysis = this.result?.analysis;
    if (!this.ui || !this.result || !analysis?.entities.length) return;
    const layer = document.createElement('div');
    layer.className = 'il-layer';
    this.ui.uiContainer.append(layer);
    const lang = uiLang(navigator.language);
    this.cards = new ContextCards({
      doc: document,
      elements: this.result.elements,
      entities: analysis.entities,
      knowledge: this.knowledge,
      layer,
      lang,
      labels: CARD_LABELS[lang],
      markLabel: (entity) => MARK_LABEL[lang](entity.label),
    });
  }

  private removeUi(): void {
    this.cards?.destroy();
    this.cards = null;
    this.ui?.remove();
    this.ui = null;
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.render();
  }

  private render(): void {
    const root = this.ui?.mounted;
    if (!root || !this.result) return;
    render(
      this.open ? (
        <Sidebar analysis={this.result.analysis} actions={this.actions} t={this.t} />
      ) : (
        <Launcher label={this.t.open} onOpen={() => this.setOpen(true)} />
      ),
      root,
    );
  }
}
