import { readFile } from 'node:fs/promises';
import { analyzeDocument } from '../core/analyze';
import { knowledgeBase } from '../core/knowledge';
import { classifyJsonl } from './classify-jsonl';
import { evaluateCorpus, evaluateFixtures, formatReport } from './eval-fixtures';
import { InputError, loadHtml } from './load-html';

/** What `interview-lens --help` prints. */
const USAGE = `Usage:
  interview-lens analyze <file.html> [--url <page-url>] [--force] [--assume] [--encoding <label>]
      Prints the analysis of a saved page as JSON. The page is read as a browser reads it,
      in the encoding its byte-order mark or its <meta charset> names (UTF-8 if none);
      --encoding reads it in another (a WHATWG label: gbk, big5, shift_jis, windows-1252...)
      unless it has a byte-order mark. A full page, a fragment of markup or text with a few
      tags is read; an empty, binary or mostly undecodable file is refused. --force analyses
      a page without signs of an interview (as the toolbar button does); --assume reads it
      as an interview even where its signs say no (as "Read it as an interview anyway").
  interview-lens classify <file.jsonl>
      Classifies answers, one JSON object per line: {"question"?, "answer", "lang"?}.
  interview-lens eval [fixtures-dir] [--held-aside] [--errors N]
      Scores the analysis against the golden fixtures (default tests/fixtures), then
      against the truth written for the real pages of ../shared/corpus (tests/corpus):
      the development pages, or with --held-aside the pages kept aside (each run is
      logged in tests/corpus/held-aside-runs.txt). --errors: how many errors to list per page.`;

/** Runs the CLI; returns the exit code (0 ok, 1 eval below 100%, 2 bad usage or input). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return await analyze(rest);
      case 'classify':
        return await classify(rest);
      case 'eval':
        return await evaluate(rest);
      case undefined:
      case '-h':
      case '--help':
        console.log(USAGE);
        return command ? 0 : 2;
      default:
        throw new InputError(`unknown command: ${command} (see --help)`);
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`interview-lens: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

async function analyze(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args, ['url', 'encoding'], ['force', 'assume']);
  if (positional.length !== 1) throw new InputError('analyze takes one HTML file (see --help)');
  const warn = (message: string) => console.error(`interview-lens: warning: ${message}`);
  const doc = await loadHtml(positional[0], { encoding: flags.encoding, warn });
  const { analysis } = analyzeDocument(doc, { url: flags.url ?? null, knowledge: knowledgeBase, force: flags.force === 'true', assume: flags.assume === 'true' });
  console.log(JSON.stringify(analysis, null, 2));
  return 0;
}

async function classify(args: string[]): Promise<number> {
  const { positional } = parseArgs(args, [], []);
  if (positional.length !== 1) throw new InputError('classify takes one JSONL file (see --help)');
  let text: string;
  try {
    text = await readFile(positional[0], 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${positional[0]}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  try {
    process.stdout.write(classifyJsonl(text));
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  return 0;
}

async function evaluate(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args, ['errors'], ['held-aside']);
  const maxErrors = flags.errors ? Number(flags.errors) : 8;
  const report = await evaluateFixtures(positional[0] ?? 'tests/fixtures');
  console.log('Golden fixtures (tests/fixtures):');
  console.log(formatReport(report, maxErrors));
  const part = flags['held-aside'] ? 'held-aside' : 'development';
  const corpus = await evaluateCorpus(part);
  if (corpus === null) console.log('\nReal pages: skipped, ../shared/corpus is absent.');
  else {
    console.log(`\nReal pages (../shared/corpus, ${part} part, analysed as on a toolbar click):`);
    console.log(formatReport(corpus, maxErrors));
  }
  return report.every((r) => r.detectionRight && r.score === 1) ? 0 : 1;
}

/** `--name value` options and `--flag` switches; everything else is positional. */
function parseArgs(args: string[], options: string[], switches: string[]) {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (switches.includes(name)) flags[name] = 'true';
    else if (options.includes(name)) {
      if (i + 1 >= args.length) throw new InputError(`${arg} needs a value`);
      flags[name] = args[++i];
    } else throw new InputError(`unknown option: ${arg}`);
  }
  return { positional, flags };
}
