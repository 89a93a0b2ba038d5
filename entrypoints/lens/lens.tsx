import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeDocument, linkAnalysis, type AnalysisResult } from '../../src/core/analyze';
import type { KnowledgeEntry } from '../../src/core/knowledge/schema';
import type { DetectionEvidence } from '../../src/core/types';
import { isMessage, KNOWLEDGE_GLOBAL, LENS_GLOBAL, LOAD_KNOWLEDGE_MESSAGE, MARKS, TOGGLE_MESSAGE, type LensMode } from '../../src/messages';
import { ContextCards } from '../../src/page/context-cards';
import cardsCss from '../../src/page/context-cards.css?inline';
import { createPageBridge, type PageBridge } from '../../src/page/page-bridge';
import { publishedDate } from '../../src/page/page-meta';
import { siteFor } from '../../src/sites';
import { mountSidebar, type SidebarUi } from '../../src/sidebar/sidebar-ui';
import { uiLang } from '../../src/sidebar/strings';
import type { IntervieweeLine } from '../../src/sidebar/types';
import { introductionOf } from '../../src/core/names/introduction';
import { firstSentence } from '../../src/core/knowledge/wikipedia-summary';
import { createSummaryPort } from './summaries';

/** How long a single-page app gets to render the page it moved to before the analysis. */
const SPA_RENDER_MS = 400;

/**
 * Starts Interview Lens in this page: 'auto' when the probe saw signs of an interview (the
 * sidebar opens on a detected one, nothing happens otherwise), 'manual' when the reader asked.
 */
export async function startLens(ctx: ContentScriptContext, mode: LensMode): Promise<void> {
  const scope = globalThis as { [LENS_GLOBAL]?: Lens };
  const existing = scope[LENS_GLOBAL];
  if (existing) {
    await existing.toggle();
    return;
  }
  const lens = new Lens(ctx);
  scope[LENS_GLOBAL] = lens;
  ctx.onInvalidated(() => {
    lens.destroy();
    delete scope[LENS_GLOBAL];
  });
  await lens.start(mode);
}

/**
 * The knowledge base, loaded only where the lens runs (signs of an interview, or the reader's
 * click): the background injects its script into this world (content scripts are single
 * bundles, so `import()` would not split). A file of the extension: nothing leaves the browser.
 */
async function loadKnowledge(): Promise<KnowledgeEntry[]> {
  const scope = globalThis as { [KNOWLEDGE_GLOBAL]?: KnowledgeEntry[] };
  if (!scope[KNOWLEDGE_GLOBAL]) await browser.runtime.sendMessage({ type: LOAD_KNOWLEDGE_MESSAGE }).catch(() => false);
  return scope[KNOWLEDGE_GLOBAL] ?? [];
}

/** Owns the analysis of the page, the page bridge and the sidebar UI; `destroy()` removes all. */
class Lens {
  private result: AnalysisResult | null = null;
  /** The page's own verdict when the reader asked to read it as an interview anyway. */
  private declined: DetectionEvidence | null = null;
  private bridge: PageBridge | null = null;
  private cards: ContextCards | null = null;
  private knowledge: KnowledgeEntry[] = [];
  /** The knowledge base on its way: asked for before the analysis, read after it. */
  private knowledgeLoading: Promise<KnowledgeEntry[]> | null = null;
  private ui: SidebarUi | null = null;
  private summaries: Awaited<ReturnType<typeof createSummaryPort>> | null = null;
  /** Counts single-page moves, so only the last of a quick series starts over. */
  private moves = 0;
  private readonly onMessage = (message: unknown) => {
    if (!isMessage(message, TOGGLE_MESSAGE)) return undefined;
    return this.toggle().then(() => true);
  };

  constructor(private readonly ctx: ContentScriptContext) {
    browser.runtime.onMessage.addListener(this.onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => void this.restart());
  }

  /** `opening`: 'open' when the reader asked (toolbar), 'restore' to open or not as last left on this site. */
  async start(mode: LensMode, opening: 'open' | 'restore' = mode === 'manual' ? 'open' : 'restore'): Promise<void> {
    // On the sites we know the probe marked the start; the toolbar's injection starts here.
    if (mode === 'manual' || performance.getEntriesByName(MARKS.start).length === 0) performance.mark(MARKS.start);
    performance.mark(MARKS.lens);
    // The round trip to the background that injects the knowledge base takes about as long as
    // a short analysis: asked for first, it arrives while the page is analysed.
    void this.loadKnowledgeSoon();
    this.analyze({ force: mode === 'manual' });
    performance.mark(MARKS.analysed);
    if (mode === 'auto' && !this.result?.analysis.isInterview) {
      performance.mark(MARKS.idle);
      return;
    }
    await this.show(opening);
  }

  private loadKnowledgeSoon(): Promise<KnowledgeEntry[]> {
    this.knowledgeLoading ??= loadKnowledge();
    return this.knowledgeLoading;
  }

  /** The toolbar button: opens (analysing the page if needed) or closes the sidebar. */
  async toggle(): Promise<void> {
    if (this.ui) {
      this.ui.toggle();
      return;
    }
    if (!this.result?.analysis.isInterview) this.analyze({ force: true });
    await this.show('open');
  }

  /**
   * The reader's call on a page not taken for an interview: its best segmentation all the
   * same, the sidebar marking it as read at their request (or saying that even so none was found).
   */
  private async readAsInterview(): Promise<void> {
    const declined = this.result?.analysis.detection ?? null;
    this.removeUi();
    this.analyze({ force: true, assume: true });
    this.declined = declined;
    await this.show('open');
  }

  destroy(): void {
    this.removeUi();
    this.bridge?.destroy();
    this.bridge = null;
    try {
      browser.runtime.onMessage.removeListener(this.onMessage);
    } catch {
      // After an extension update the runtime API is gone, and the listener with it.
    }
  }

  /**
   * A single-page app moved to another page: start over there. On the sites we know, a page
   * without an interview gets no sidebar; elsewhere the reader had asked for it, so it stays.
   */
  private async restart(): Promise<void> {
    const wasShown = this.ui !== null;
    this.removeUi();
    // The Navigation API announces a move before the app renders the new page: give it time.
    const move = ++this.moves;
    await new Promise<void>((done) => this.ctx.setTimeout(() => done(), SPA_RENDER_MS));
    if (move !== this.moves) return;
    const known = siteFor(location.href).id !== 'generic';
    if (known || wasShown) await this.start(known ? 'auto' : 'manual', 'restore');
  }

  private analyze(options: { force: boolean; assume?: boolean }): void {
    this.bridge?.destroy();
    this.declined = null;
    try {
      this.result = analyzeDocument(document, { url: location.href, ...options });
    } catch (error) {
      // The analysis promises not to throw; should a page still break it, say so in the sidebar.
      this.result = analyzeDocument(document.implementation.createHTMLDocument(''), { url: location.href });
      const { detection } = this.result.analysis;
      detection.code = 'failed';
      detection.reason = `analysis failed: ${(error as Error).message}`;
    }
    this.bridge = createPageBridge(document, this.result.elements, paragraphOffsets(this.result));
  }

  private async show(opening: 'open' | 'restore'): Promise<void> {
    const analysis = this.result?.analysis;
    if (analysis?.isInterview && analysis.entities.length === 0) {
      this.knowledge = await this.loadKnowledgeSoon();
      analysis.entities = linkAnalysis(analysis, this.knowledge);
    }
    const bridge = this.bridge;
    if (!this.result || !bridge) return;
    this.summaries?.destroy();
    this.summaries = await createSummaryPort(this.result.analysis.language);
    this.ui = await mountSidebar(this.ctx, {
      analysis: this.result.analysis,
      // The sidebar's page: the bridge, and the context underlines, which close with the sidebar.
      page: {
        ...bridge,
        showMarks: (shown) => {
          bridge.showMarks(shown);
          this.cards?.setShown(shown);
        },
      },
      start: opening,
      date: publishedDate(document),
      css: cardsCss,
      declined: this.declined,
      readAsInterview: () => void this.readAsInterview(),
      interviewees: this.interviewees(),
      summaries: this.summaries,
    });
    performance.mark(MARKS.mounted);
    this.mountContextCards();
    performance.mark(MARKS.rendered);
  }

  /**
   * Who is interviewed, each with a line from the knowledge base (in the UI's language) or from
   * the page's own introduction; the header offers Wikipedia for the rest.
   */
  private interviewees(): IntervieweeLine[] {
    const analysis = this.result?.analysis;
    if (!analysis?.isInterview) return [];
    const lang = uiLang(browser.i18n.getUILanguage());
    const byId = new Map(this.knowledge.map((e) => [e.id, e]));
    return analysis.speakers
      .filter((s) => s.role === 'interviewee' && !s.unnamed)
      .map((speaker) => {
        const forms = new Set([speaker.name, ...speaker.aliases].map((f) => f.toLowerCase()));
        const entity = analysis.entities.find((e) => !e.lookup && forms.has(e.label.toLowerCase()));
        const entry = entity ? byId.get(entity.id) : undefined;
        if (entry) return { name: speaker.name, description: firstSentence(entry.description[lang]), source: 'knowledge' };
        const intro = introductionOf(analysis.paragraphs, speaker);
        return { name: speaker.name, description: intro, source: intro ? 'page' : null };
      });
  }

  /** Underlines the first mention of each known entity; a click or Enter opens its card. */
  private mountContextCards(): void {
    const analysis = this.result?.analysis;
    if (!this.ui || !this.result || !analysis?.entities.length) return;
    const layer = document.createElement('div');
    layer.className = 'il-layer';
    this.ui.uiContainer.append(layer);
    const { t } = this.ui;
    this.cards = new ContextCards({
      doc: document,
      elements: this.result.elements,
      offsets: paragraphOffsets(this.result),
      entities: analysis.entities,
      knowledge: this.knowledge,
      layer,
      lang: uiLang(t.locale),
      t,
      summaries: this.summaries!,
    });
    this.cards.setShown(this.ui.isOpen);
  }

  private removeUi(): void {
    this.cards?.destroy();
    this.cards = null;
    this.summaries?.destroy();
    this.summaries = null;
    this.ui?.remove();
    this.ui = null;
  }
}

/** Where each paragraph of the analysis starts in its element's text. */
function paragraphOffsets(result: AnalysisResult): number[] {
  return result.analysis.paragraphs.map((p) => p.offset ?? 0);
}
