import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Analysis, DetectionEvidence } from '../core/types';
import { clampWidth, fitWidth, MAX_WIDTH, MIN_WIDTH, resolveLayout, type Layout, type Settings, type SiteLayout } from '../settings/settings';
import { readSettings, readSiteLayout, saveSiteLayout, watchSettings } from '../settings/storage';
import { copyText } from './clipboard';
import { toJson, toMarkdown } from './export';
import { commandForKey, isEditable, type Command, type EditableLike } from './keymap';
import { Launcher } from './Launcher';
import { Sidebar } from './Sidebar';
import sidebarCss from './sidebar.css?inline';
import { NO_FILTER, turnAtParagraph, type Filter } from './state';
import { createStrings, type Strings } from './strings';
import { textFragmentUrl } from './text-fragment';
import type { CommandSource, Extent, IntervieweeLine, PagePort, SidebarActions } from './types';
import type { SummaryPort } from '../page/summary-port';

/**
 * The sidebar in the page: one owner for everything the UI holds while it lives. The shadow
 * root (through WXT, so an extension update removes it), the Preact tree, the page-level key
 * listener, the window's resize listener, the settings watcher, the reading-line observer and
 * the room made on the page. `remove()` lets go of all of it; the content script's context
 * being invalidated calls it too.
 */

/** From this window width on the page makes room for the sidebar; below it, the sidebar overlays. */
export const DOCK_MIN_VIEWPORT = 1100;

/**
 * How often the sidebar asks whether the extension is still there. WXT notices an update only
 * when one of its `ctx` timers fires (`ctx.isValid` reads `browser.runtime.id`); where the
 * Navigation API exists its location watcher keeps no timer, so this one does.
 */
const INVALIDATION_CHECK_MS = 1000;

/** The key events that never leave the sidebar for the page's own handlers. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** What the content script hands the sidebar. */
export interface SidebarUiOptions {
  analysis: Analysis;
  /** The live page, as far as the sidebar may touch it. */
  page: PagePort;
  /** 'open': the reader asked for the sidebar; 'restore': open or closed as last left on this site. */
  start: 'open' | 'restore';
  /** The page's publication date (YYYY-MM-DD) for the Markdown export, if it states one. */
  date: string | null;
  /** More CSS for the shadow root (the in-page context cards live in it too). */
  css?: string;
  /** Set when the reader asked to read the page as an interview anyway: the page's own verdict. */
  declined: DetectionEvidence | null;
  /** Reads the page as an interview anyway, at the reader's request (the lens analyses again). */
  readAsInterview(): void;
  /** Who is interviewed, for the header. */
  interviewees?: IntervieweeLine[];
  /** Wikipedia summaries, for an interviewee the page does not describe. */
  summaries?: SummaryPort;
}

/** Creates the sidebar's shadow root in the page and shows the sidebar (or its launcher). */
export async function mountSidebar(ctx: ContentScriptContext, options: SidebarUiOptions): Promise<SidebarUi> {
  const host = location.hostname;
  const [settings, site] = await Promise.all([readSettings(), readSiteLayout(host)]);
  const shadow = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'interview-lens-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: sidebarCss + (options.css ?? ''),
    onMount: (container) => {
      const root = document.createElement('div');
      root.className = 'il-root';
      // Keys typed in the sidebar are ours: the page's own shortcuts must not see them.
      // (Not WXT's isolateEvents, which would also swallow the context cards' keys.)
      for (const type of ISOLATED_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());
      container.append(root);
      return root;
    },
    onRemove: (root) => {
      if (root) render(null, root);
    },
  });
  return new SidebarUi(ctx, shadow, options, settings, site, host);
}

/** The sidebar's owner; see the module comment. */
export class SidebarUi {
  /** The shadow root's body: the in-page context cards mount their layer here. */
  readonly uiContainer: HTMLElement;
  private readonly root: HTMLElement;
  /** The UI's words (also for the context cards beside the sidebar). */
  // WXT types getMessage with one overload per message name; a name known only as a string fits none.
  readonly t: Strings = createStrings((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));
  /** The analysis as the sidebar counts it (replies to remarks unjudged); the JSON export keeps the original. */
  private readonly analysis: Analysis;
  private readonly abort = new AbortController();
  private readonly unwatchSettings: () => void;
  private readonly listeners = new Set<(command: Command) => void>();
  private layout: Layout;
  private currentTurnId: string | null = null;
  /** The reader's speaker filter and search: kept here, so closing the sidebar does not drop them. */
  private filter: Filter = NO_FILTER;
  private focusOnMount = false;
  /** The page makes room for the sidebar (a wide window); else the sidebar overlays the page. */
  private docked = false;
  /** Overlaying, the sidebar stepped aside to its launcher so the paragraph jumped to can be read. */
  private tucked = false;
  private stopReading: (() => void) | null = null;
  private readonly watchdog: number;
  private removed = false;
  /** The system's colour scheme, for the 'auto' theme. */
  private readonly darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

  private readonly commands: CommandSource = {
    subscribe: (run) => {
      this.listeners.add(run);
      return () => this.listeners.delete(run);
    },
  };

  private readonly actions: SidebarActions = {
    jumpToTurn: (turnId) => {
      const turn = this.analysis.turns.find((t) => t.id === turnId);
      if (!turn) return;
      this.currentTurnId = turnId;
      this.stepAsideFrom(this.options.page.showParagraphs(turn.paragraphs));
      this.update();
    },
    jumpToParagraph: (index) => {
      this.currentTurnId = turnAtParagraph(this.analysis, index);
      this.stepAsideFrom(this.options.page.showParagraphs([index]));
      this.update();
    },
    markMatches: (hits) => this.options.page.markMatches(hits),
    showMatch: (hit) => {
      this.currentTurnId = hit.turnId;
      this.options.page.showMatch(hit);
      this.update();
    },
    close: () => this.setOpen(false, true),
    switchSide: () => {
      const side = this.layout.side === 'right' ? 'left' : 'right';
      this.layout = { ...this.layout, side };
      this.remember({ side });
      this.update();
    },
    resize: (width, done) => {
      this.layout = { ...this.layout, width: clampWidth(width) };
      if (done) this.remember({ width: this.layout.width });
      this.update();
    },
    copyMarkdown: () => copyText(toMarkdown(this.analysis, { url: pageUrl(), date: this.options.date }, this.t)),
    copyJson: () => copyText(toJson(this.options.analysis)),
    copyTurnLink: (turnId) => {
      const { analysis } = this;
      const turn = analysis.turns.find((t) => t.id === turnId);
      const paragraph = turn ? analysis.paragraphs[turn.paragraphs[0]] : undefined;
      if (!paragraph) return Promise.resolve(false);
      const others = analysis.paragraphs.map((p) => p.text);
      return copyText(textFragmentUrl(pageUrl(), paragraph.text, others, analysis.language));
    },
    readAsInterview: () => this.options.readAsInterview(),
  };

  constructor(
    ctx: ContentScriptContext,
    private readonly shadow: ShadowRootContentScriptUi<HTMLElement>,
    private readonly options: SidebarUiOptions,
    private settings: Settings,
    private site: SiteLayout | undefined,
    private readonly host: string,
  ) {
    this.analysis = options.analysis;
    this.layout = resolveLayout(settings, site);
    if (options.start === 'open') this.layout.open = true;
    shadow.mount();
    this.root = shadow.mounted!;
    this.uiContainer = shadow.uiContainer;
    const signal = AbortSignal.any([ctx.signal, this.abort.signal]);
    window.addEventListener('keydown', this.onPageKey, { signal });
    window.addEventListener('resize', this.onResize, { signal, passive: true });
    this.root.addEventListener('focusin', this.onFocusIn, { signal });
    this.darkScheme.addEventListener('change', () => this.update(), { signal });
    this.unwatchSettings = watchSettings((next) => {
      this.settings = next;
      this.layout = { ...resolveLayout(next, this.site), open: this.layout.open };
      this.update();
    });
    ctx.onInvalidated(() => this.remove());
    this.watchdog = ctx.setInterval(() => undefined, INVALIDATION_CHECK_MS);
    // Opened by the reader (the toolbar button): the focus goes in, as it does on reopening.
    this.focusOnMount = options.start === 'open';
    this.update();
    this.focusOnMount = false;
  }

  /** True while the sidebar is open (not collapsed to its launcher). */
  get isOpen(): boolean {
    return this.layout.open;
  }

  /** The toolbar button: opens or collapses the sidebar (brings it back when it stepped aside). */
  toggle(): void {
    if (this.tucked) this.comeBack();
    else this.setOpen(!this.layout.open, true);
  }

  /** Removes the sidebar and lets go of everything it holds. Safe to call twice. */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    clearInterval(this.watchdog);
    this.abort.abort();
    this.watchReading(false);
    this.options.page.reserveRoom(this.layout.side, 0);
    this.shadow.remove();
    this.options.page.markMatches([]);
    this.listeners.clear();
    try {
      this.unwatchSettings();
    } catch {
      // After an extension update the storage API is gone, and the listener with it.
    }
  }

  private setOpen(open: boolean, byReader: boolean): void {
    if (open === this.layout.open || this.removed) return;
    const active = this.shadow.shadow.activeElement;
    const hadFocus = !open && active !== null && this.root.contains(active);
    this.layout = { ...this.layout, open };
    this.tucked = false;
    this.remember({ open });
    this.focusOnMount = open && byReader;
    this.update();
    this.focusOnMount = false;
    if (hadFocus) this.root.querySelector<HTMLElement>('[data-testid=launcher]')?.focus();
  }

  /** Renders for the current state and brings the page (room, reading line) in line with it. */
  private update(): void {
    if (this.removed) return;
    const { analysis } = this;
    const { open, side } = this.layout;
    const viewport = document.documentElement.clientWidth || window.innerWidth;
    const docked = open && window.innerWidth >= DOCK_MIN_VIEWPORT;
    this.docked = docked;
    if (docked || !open) this.tucked = false;
    const width = fitWidth(this.layout.width, viewport);
    this.options.page.reserveRoom(side, docked ? width : 0);
    this.options.page.showMarks(open);
    this.watchReading(open && analysis.isInterview);
    const theme = this.settings.theme === 'auto' ? (this.darkScheme.matches ? 'dark' : 'light') : this.settings.theme;
    this.uiContainer.className = `il-theme-${theme}`;
    const launcher = (
      <Launcher
        label={this.t('open')}
        side={side}
        onOpen={() => (open ? this.comeBack() : this.setOpen(true, true))}
        onKeyDown={this.tucked ? this.onLauncherKey : undefined}
      />
    );
    render(
      open ? (
        <>
          {this.tucked && launcher}
          <Sidebar
          analysis={analysis}
          declined={this.options.declined}
          actions={this.actions}
          t={this.t}
          side={side}
          width={width}
          maxWidth={Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, viewport - 40))}
          docked={docked}
          tucked={this.tucked}
          shortcuts={this.settings.shortcuts}
          currentTurnId={this.currentTurnId}
          commands={this.commands}
          focusOnMount={this.focusOnMount}
          filter={this.filter}
          onFilter={this.setFilter}
          interviewees={this.options.interviewees ?? []}
          summaries={this.options.summaries ?? null}
          />
        </>
      ) : (
        launcher
      ),
      this.root,
    );
  }

  /**
   * Overlaying the page, a jump whose paragraphs lie under the sidebar moves it aside to its
   * launcher, so they can be read; the sidebar stays as it was (list, search, filter) and comes
   * back with the launcher, the toolbar button, or the focus moving into it (Tab). The jump
   * keys go on working meanwhile. A focus inside moves to the launcher.
   */
  private stepAsideFrom(extent: Extent | null): void {
    if (!extent || !this.layout.open || this.docked) return;
    const viewport = document.documentElement.clientWidth || window.innerWidth;
    const width = fitWidth(this.layout.width, viewport);
    const covered = this.layout.side === 'right' ? extent.right > viewport - width : extent.left < width;
    if (!covered || this.tucked) return;
    const active = this.shadow.shadow.activeElement;
    this.tucked = true;
    this.update();
    if (active && this.root.querySelector('[data-testid=sidebar]')?.contains(active)) this.root.querySelector<HTMLElement>('[data-testid=launcher]')?.focus();
  }

  /** The sidebar back from aside, the focus on the current turn (or the sidebar) when asked. */
  private comeBack(focus = true): void {
    if (!this.tucked) return;
    this.tucked = false;
    this.update();
    if (!focus) return;
    const target = this.root.querySelector<HTMLElement>('[data-testid=turn][aria-current=true]') ?? this.root.querySelector<HTMLElement>('[data-testid=sidebar]');
    target?.focus({ preventScroll: true });
  }

  /** The focus moved into the sidebar while it is aside (Tab, /, ?): it comes back. */
  private readonly onFocusIn = (event: FocusEvent) => {
    if (this.tucked && (event.target as Element).closest?.('[data-testid=sidebar]')) this.comeBack(false);
  };

  /** Keys on the launcher while the sidebar is aside work as in the sidebar (/ and ? bring it back); Esc does nothing. */
  private readonly onLauncherKey = (event: KeyboardEvent) => {
    const command = commandForKey(event, 'sidebar', this.settings.shortcuts);
    if (!command || command === 'escape') return;
    event.preventDefault();
    for (const run of this.listeners) run(command);
  };

  private watchReading(on: boolean): void {
    if (on && !this.stopReading) this.stopReading = this.options.page.watchReading((index) => this.onReading(index));
    else if (!on && this.stopReading) {
      this.stopReading();
      this.stopReading = null;
    }
  }

  /**
   * The reader scrolled a paragraph onto the reading line: its turn becomes the current one;
   * above the first turn there is none, and the jump keys start from the top again.
   */
  private onReading(paragraph: number): void {
    const turnId = turnAtParagraph(this.analysis, paragraph);
    if (turnId === this.currentTurnId) return;
    this.currentTurnId = turnId;
    this.update();
  }

  /**
   * The jump keys pressed while the page has the focus: only with the sidebar open, never while
   * the reader types in the page, never when the page already handled the key.
   */
  private readonly onPageKey = (event: KeyboardEvent) => {
    if (!this.layout.open || event.defaultPrevented || event.isComposing || !this.analysis.isInterview) return;
    if (isEditable(event.composedPath()[0] as EditableLike) || isEditable(deepActiveElement())) return;
    const command = commandForKey(event, 'page', this.settings.shortcuts);
    if (command) for (const run of this.listeners) run(command);
  };

  private readonly onResize = () => this.update();

  private readonly setFilter = (filter: Filter) => {
    this.filter = filter;
    this.update();
  };

  private remember(patch: Omit<SiteLayout, 'at'>): void {
    this.site = { ...this.site, ...patch };
    saveSiteLayout(this.host, patch).catch(() => undefined);
  }
}

/** The focused element, inside open shadow roots too. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The page's address without its fragment. */
function pageUrl(): string {
  return location.href.replace(/#.*$/, '');
}
