import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeDocument } from '../core/analyze';
import { siteFor } from '../sites';
import type { Analysis, Speaker } from '../core/types';
import { CORPUS_ROOT, CORPUS_TRUTH, logHeldAsideScoring, readCorpus, type CorpusPart } from './corpus';
import { loadHtml } from './load-html';

/**
 * Scores the analysis against the golden fixtures (`tests/fixtures/<slug>/{source.html,
 * expected.json}`): detection right or wrong, and the share of paragraphs attributed to the
 * right speaker and kind. Used by `npm run eval` and by the golden test, which wants 100%.
 */

type ExpectedKind = 'question' | 'answer' | 'none';

/** One fixture's expected analysis (tests/fixtures/README.md describes the format). */
export interface Expected {
  /** Corpus truth only: the page's path under ../shared/corpus. */
  file?: string;
  /** Corpus truth only: the page is kept aside for measuring, never for tuning. */
  heldAside?: boolean;
  url: string;
  description?: string;
  isInterview: boolean;
  language?: string;
  speakers: { name: string; role: Speaker['role'] }[];
  /** Every paragraph of the article: kind, speaker name or "(interviewer)" or null, text start. */
  paragraphs: [ExpectedKind, string | null, string][];
  /** Labelled answers: text start, and "answer" or "evasive" (a non-answer or a partial one). */
  verdicts?: [string, 'answer' | 'evasive'][];
}

export interface FixtureReport {
  slug: string;
  detectionRight: boolean;
  expectedInterview: boolean;
  detected: string;
  correct: number;
  total: number;
  /** correct / total, 1 for a rightly rejected page. */
  score: number;
  errors: string[];
  analysis: Analysis;
}

/** How far into a paragraph its expected start may begin (after a label and a timestamp). */
const START_WINDOW = 80;

/** Scores every fixture folder (one with an expected.json) under `dir`. */
export async function evaluateFixtures(dir: string): Promise<FixtureReport[]> {
  const slugs = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
  const reports: FixtureReport[] = [];
  for (const slug of slugs) {
    const expected = JSON.parse(await readFile(join(dir, slug, 'expected.json'), 'utf8')) as Expected;
    const doc = await loadHtml(join(dir, slug, 'source.html'));
    // As a reader meets the page: by itself on the sites the extension knows, else by the toolbar button.
    const { analysis } = analyzeDocument(doc, { url: expected.url, force: siteFor(expected.url).id === 'generic' });
    reports.push(scoreFixture(slug, expected, analysis));
  }
  return reports;
}

/** Compares one analysis with its expectation, paragraph by paragraph, in reading order. */
export function scoreFixture(slug: string, expected: Expected, analysis: Analysis): FixtureReport {
  const errors: string[] = [];
  const detectionRight = analysis.isInterview === expected.isInterview;
  if (!detectionRight) errors.push(`detection: expected ${expected.isInterview ? 'an interview' : 'no interview'}, got ${analysis.detection.kind} (${analysis.detection.reason})`);
  for (const s of expected.speakers) {
    const found = analysis.speakers.find((a) => speakerMatches(s.name, a));
    if (!found) errors.push(`speaker missing: ${s.name}`);
    else if (found.role !== s.role) errors.push(`speaker ${s.name}: role ${found.role}, expected ${s.role}`);
  }
  if (!expected.isInterview) {
    const score = detectionRight ? 1 : 0;
    return { slug, detectionRight, expectedInterview: false, detected: analysis.detection.kind, correct: score, total: 1, score, errors, analysis };
  }

  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const turns = new Map(analysis.turns.map((t) => [t.id, t]));
  const actual = analysis.paragraphs.map((p) => {
    const turn = p.turnId ? turns.get(p.turnId) : undefined;
    return { text: p.text, label: p.label ?? null, kind: (turn?.kind ?? 'none') as ExpectedKind, speaker: turn?.speakerId ? (speakers.get(turn.speakerId) ?? null) : null };
  });
  let correct = 0;
  let extras = 0;
  let cursor = 0;
  for (const [kind, speakerName, start] of expected.paragraphs) {
    // A paragraph in no turn that the analysis left out is harmless: it is looked for only near
    // the cursor, so that a later paragraph opening with the same words does not skip the rest.
    const reach = kind === 'none' ? cursor + NONE_REACH : actual.length;
    const at = actual.findIndex((a, i) => i >= cursor && i < reach && startsNear(a.text, start, a.label));
    if (at < 0) {
      if (kind === 'none') correct++;
      else errors.push(`missing ${kind} "${start}"`);
      continue;
    }
    for (let i = cursor; i < at; i++) {
      if (actual[i].kind !== 'none') {
        extras++;
        errors.push(`unexpected ${actual[i].kind} "${actual[i].text.slice(0, 40)}"`);
      }
    }
    cursor = at + 1;
    const got = actual[at];
    const speakerRight = kind === 'none' ? true : speakerName === '(interviewer)' ? got.speaker?.role === 'interviewer' : got.speaker !== null && speakerMatches(speakerName ?? '', got.speaker);
    if (got.kind === kind && speakerRight) correct++;
    else errors.push(`"${start}": expected ${kind} by ${speakerName}, got ${got.kind} by ${got.speaker?.name ?? 'nobody'}`);
  }
  for (let i = cursor; i < actual.length; i++) {
    if (actual[i].kind !== 'none') {
      extras++;
      errors.push(`unexpected ${actual[i].kind} "${actual[i].text.slice(0, 40)}"`);
    }
  }
  errors.push(...verdictErrors(expected, analysis));
  const total = expected.paragraphs.length + extras;
  return { slug, detectionRight, expectedInterview: true, detected: analysis.detection.kind, correct, total, score: total ? correct / total : 1, errors, analysis };
}

/** The labelled answers whose verdict the classifier got wrong. */
function verdictErrors(expected: Expected, analysis: Analysis): string[] {
  const errors: string[] = [];
  for (const [start, label] of expected.verdicts ?? []) {
    const turn = analysis.turns.find((t) => t.kind === 'answer' && startsNear(t.text, start, null));
    if (!turn) errors.push(`no answer turn "${start}" to check its verdict`);
    else if ((turn.verdict === 'answer') !== (label === 'answer')) {
      errors.push(`verdict of "${start}": expected ${label}, got ${turn.verdict}${turn.nonAnswer ? ` (${turn.nonAnswer.reason}: "${turn.nonAnswer.evidence}")` : ''}`);
    }
  }
  return errors;
}

/**
 * Scores the analysis against the truth written for real pages (tests/corpus/<page>.json),
 * reading each page from ../shared/corpus. The page is analysed as the toolbar button does
 * (`force`: a reader asked). Returns null when the pages are absent (a clone without ../shared).
 * Every scoring of the held-aside part is put on record (`logHeldAsideScoring`).
 */
export async function evaluateCorpus(part: CorpusPart, truthDir = CORPUS_TRUTH, root = CORPUS_ROOT): Promise<FixtureReport[] | null> {
  const pages = await readCorpus<Expected>(part, truthDir, root);
  if (!pages) return null;
  const reports = pages.map(({ slug, truth, doc }) => scoreFixture(slug, truth, analyzeDocument(doc, { url: truth.url || null, force: true }).analysis));
  if (part === 'held-aside') {
    const total = reports.reduce((n, r) => n + r.correct, 0) + '/' + reports.reduce((n, r) => n + r.total, 0);
    const detected = `${reports.filter((r) => r.detectionRight).length}/${reports.length}`;
    await logHeldAsideScoring(`segmentation detection ${detected} paragraphs ${total}`, truthDir);
  }
  return reports;
}

/**
 * The paragraph starts with `start`, maybe after a speaker label or a timestamp ("[00:07:45]
 * Ana Ruiz: ..."): a start found further in ("OutInChurch" inside an answer) is not this one's.
 */
/** How many paragraphs ahead of the cursor an expected paragraph in no turn is looked for. */
const NONE_REACH = 4;

function startsNear(text: string, start: string, label: string | null): boolean {
  const at = text.indexOf(start);
  if (at < 0 || at > START_WINDOW) return false;
  const before = text.slice(0, at);
  // The paragraph's own label, with its colon or period or (on a line of its own) without: "Dr.
  // Albers: …", "Q. What …", "INTERVIEWER Why an island?".
  return at === 0 || LABEL_PREFIX.test(before) || (label !== null && before.startsWith(label) && /^\s*[.:：]?\s*[–—]?\s*$/.test(before.slice(label.length)));
}

/** What may stand before a paragraph's expected start: a label and its colon, a timestamp. */
const LABEL_PREFIX = /^(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?(?:[^.!?。？！]{0,60}[:：]\s*)?$/u;

/**
 * The expected name is the speaker's: one of its forms, or a fuller or shorter form of the same
 * name ("Katrin" for "Katrin M. Kämpf", "Franziskus" for "Frater Franziskus"), as a reader
 * would take it: every word of the shorter form is a word of the longer one.
 */
function speakerMatches(name: string, speaker: Speaker): boolean {
  if (name === '(interviewer)') return speaker.role === 'interviewer';
  const key = name.toLowerCase();
  const forms = [speaker.name, ...speaker.aliases].map((f) => f.toLowerCase());
  return forms.some((form) => form === key || sameName(form, key));
}

function sameName(a: string, b: string): boolean {
  const words = (s: string) => s.split(/[\s·•・]+/).filter((w) => w.length >= 2);
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/** The report as `npm run eval` prints it: a line per fixture, then the total. */
export function formatReport(reports: FixtureReport[], maxErrors = 8): string {
  const lines = reports.map((r) => {
    const pct = (r.score * 100).toFixed(1).padStart(5);
    const det = r.detectionRight ? 'detection ok   ' : 'detection WRONG';
    const line = `${r.slug.padEnd(28)} ${det} ${pct}%  (${r.correct}/${r.total} paragraphs, ${r.detected})`;
    return r.errors.length ? `${line}\n${r.errors.slice(0, maxErrors).map((e) => `    - ${e}`).join('\n')}` : line;
  });
  const correct = reports.reduce((n, r) => n + r.correct, 0);
  const total = reports.reduce((n, r) => n + r.total, 0);
  const detections = reports.filter((r) => r.detectionRight).length;
  lines.push(`total: detection ${detections}/${reports.length} right, paragraphs ${correct}/${total} (${((correct / Math.max(total, 1)) * 100).toFixed(1)}%)`);
  return lines.join('\n');
}
