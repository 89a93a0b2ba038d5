/**
 * `npm run fit:nonanswers`: fits the non-answer model on every training answer (the earnings
 * calls' tune part, the interview pages that are not held aside, the founding interview) by the
 * procedure of scripts/lib/nonanswer-fit.ts, and writes it to src/core/nonanswer-model.json,
 * which the classifier reads. The file is data to review like code: its weights say what was
 * learned; `fitted` says from what. tests/unit/scripts/fit-nonanswers.test.ts refits and
 * checks that the same data gives the same numbers.
 *
 * Usage: npm run fit:nonanswers [-- --check]   (--check: compare with the file, write nothing)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/fixture-server';
import { fitModelFile, MODEL_FILE } from './lib/nonanswer-model-file';

function main(): void {
  const result = fitModelFile();
  if (typeof result === 'string') {
    console.log(`fit:nonanswers: ${result}; the model file is left as it is.`);
    process.exitCode = 1;
    return;
  }
  const text = JSON.stringify(result, null, 2) + '\n';
  const path = join(ROOT, MODEL_FILE);
  if (process.argv.includes('--check')) {
    const same = readFileSync(path, 'utf8') === text;
    console.log(same ? `${MODEL_FILE} is what the data gives` : `${MODEL_FILE} differs from what the data gives`);
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(path, text);
  const { fitted, threshold, bias, weights } = result;
  console.log(`wrote ${MODEL_FILE}: ${Object.keys(weights).length} weights, bias ${bias}, threshold ${threshold}`);
  console.log(`fitted on ${JSON.stringify(fitted.answers)}; ${fitted.rules} rules`);
}

main();
