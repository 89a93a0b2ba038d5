import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../src/core/nonanswer-features';
import { fitModelFile, MODEL_FILE } from '../../../scripts/lib/nonanswer-model-file';

const shipped = JSON.parse(readFileSync(join(process.cwd(), MODEL_FILE), 'utf8')) as { weights: Record<string, number> };

describe('the non-answer model file', () => {
  it('has a weight for every feature the classifier reads, and none for another', () => {
    expect(Object.keys(shipped.weights)).toEqual([...FEATURES]);
  });

  const refitted = fitModelFile();
  if (typeof refitted === 'string') console.warn(`refit test skipped: ${refitted}`);
  it.skipIf(typeof refitted === 'string')('is what refitting on the same data gives, number for number (npm run fit:nonanswers)', () => {
    expect(JSON.parse(JSON.stringify(refitted))).toEqual(JSON.parse(readFileSync(join(process.cwd(), MODEL_FILE), 'utf8')));
  });
});
