import { parseHTML } from 'linkedom';

/**
 * The page's own document and the resources its markup loads (not its links), as absolute
 * URLs: what a session on the page may request without the extension asking for anything.
 */
export function ownUrls(pageUrl: string, html: string): Set<string> {
  const { document } = parseHTML(html);
  const urls = new Set([pageUrl]);
  for (const el of Array.from(document.querySelectorAll('img, script, link, source, video, audio, iframe, embed, object, track, input'))) {
    for (const name of ['src', 'href', 'poster', 'data']) {
      const value = el.getAttribute(name);
      if (value) urls.add(new URL(value, pageUrl).href);
    }
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) urls.add(new URL(value, pageUrl).href);
    }
  }
  return urls;
}
