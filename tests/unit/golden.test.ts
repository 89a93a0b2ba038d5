import { describe, expect, it } from 'vitest';
import { evaluateFixtures } from '../../src/cli/eval-fixtures';

/**
 * Golden fixtures (tests/fixtures/<slug>/{source.html, expected.json}): every paragraph of
 * every page attributed to the right speaker and kind, every page rightly detected.
 */
const reports = await evaluateFixtures('tests/fixtures');

describe.each(reports.map((r) => [r.slug, r] as const))('%s', (_slug, report) => {
  it('is detected rightly', () => {
    expect(report.detectionRight, report.errors.join('\n')).toBe(true);
  });
  it('attributes every paragraph to the right speaker and kind', () => {
    expect(report.errors).toEqual([]);
    expect(report.score).toBe(1);
  });
});

it('has the fixtures the segmentation issue asks for', () => {
  expect(reports.length).toBeGreaterThanOrEqual(15);
  expect(reports.filter((r) => !r.expectedInterview).length).toBeGreaterThanOrEqual(4);
});
