import { describe, expect, it } from 'vitest';
import { compileWordPattern, splitAlternatives, WordPatternCompiler, WordPatternSet } from '../../../src/core/word-pattern';
import { tokenize } from '../../../src/core/word-tokens';
import type { Lang } from '../../../src/core/types';

/** The text a pattern matches first in `text`, or null. */
function find(pattern: string, text: string, lang: Lang = 'en', fragments: Record<string, string> = {}): string | null {
  const compiled = compileWordPattern(pattern, lang, fragments);
  const tokens = tokenize(text, lang);
  for (let i = 0; i < tokens.words.length; i++) {
    const end = compiled.matchAt(tokens.words, i);
    if (end >= 0) return text.slice(tokens.starts[i], tokens.ends[end - 1]);
  }
  return null;
}

describe('word patterns', () => {
  it('match words as the tokenizer writes them, whatever the case and spelling of contractions', () => {
    expect(find("we don't comment", 'As a rule We DO NOT comment on rumours.')).toBe('We DO NOT comment');
    expect(find('ich weiss nicht', 'Das weiß ich nicht, ich weiß nicht.', 'de')).toBe('ich weiß nicht');
    expect(find('不 知道', '我们不知道。', 'zh')).toBe('不知道');
  });

  it('have choices, optional and bounded repeated parts, any word, prefixes and suffixes', () => {
    expect(find('(i | we) (really | just){0,2} do not know', 'I really just do not know.')).toBe('I really just do not know');
    expect(find('not _{0,2} comment*', 'not going to commenting')).toBe('not going to commenting');
    expect(find('not _{0,2} comment*', 'not going to go and comment')).toBeNull();
    expect(find('(der | den) *prozess', 'Ich will den Überprüfungsprozess abwarten.', 'de')).toBe('den Überprüfungsprozess');
    expect(find('no comment?', 'No, thanks.')).toBe('No');
  });

  it('look ahead without consuming: not followed by, clause start and end, marks', () => {
    expect(find('do not know !(if | whether)', "I don't know if it works.")).toBeNull();
    expect(find('do not know !(if | whether)', "I don't know. Maybe.")).toBe("don't know");
    expect(find('^ not yet $', 'Not yet.')).toBe('Not yet');
    expect(find('^ not yet $', 'It is not yet done.')).toBeNull();
    expect(find('you mean _{0,5} [?]', 'Do you mean the board?')).toBe('you mean the board?');
  });

  it('splice named fragments, and refuse unknown or self-using ones', () => {
    // "won't" is the tokens `will` `not`: the match starts at the second.
    expect(find('@NEG comment', "We won't comment.", 'en', { NEG: '(not | never)' })).toBe("n't comment");
    expect(() => compileWordPattern('@MISSING x', 'en')).toThrow(/unknown fragment/);
    expect(() => compileWordPattern('@A', 'en', { A: 'x @A' })).toThrow(/uses itself/);
  });

  it('must start with a word, so that a scan can index them', () => {
    expect(() => compileWordPattern('_ comment', 'en')).toThrow(/start with a word/);
    expect(() => compileWordPattern('comment* now', 'en')).toThrow(/start with a word/);
    expect(() => compileWordPattern('_ comment', 'en', {}, true)).not.toThrow();
  });

  it('split at their top-level choices only', () => {
    expect(splitAlternatives('a (b | c) | d e | (f)')).toEqual(['a (b | c)', 'd e', '(f)']);
  });
});

describe('WordPatternSet', () => {
  const compiler = new WordPatternCompiler('en');
  const set = new WordPatternSet(['no comment | no further comment', 'do not know', 'we will see'], compiler);

  it('reports matches in text order, each pattern until it is taken', () => {
    const matches: Array<[number, string]> = [];
    const tokens = tokenize("No comment. We don't know. No comment.", 'en');
    set.scan(tokens, (match) => {
      matches.push([match.pattern, tokens.text.slice(tokens.starts[match.from], tokens.ends[match.to - 1])]);
      return match.pattern === 0;
    });
    expect(matches).toEqual([
      [0, 'No comment'],
      [1, "don't know"],
    ]);
  });

  it('keeps looking for a pattern whose match was not taken', () => {
    const tokens = tokenize('No comment, he said. No comment.', 'en');
    const found: number[] = [];
    set.scan(tokens, (match) => {
      found.push(match.from);
      return match.from > 3;
    });
    expect(found).toEqual([0, 6]);
  });

  it('knows which words can come second in a match, and a scan with that test finds what the pattern finds', () => {
    expect([...(compiler.compile('i (do not | don\'t) know').secondWords ?? [])]).toEqual(['do']);
    expect([...(compiler.compile('^ we really? will see').secondWords ?? [])].sort()).toEqual(['really', 'will']);
    expect(compiler.compile('not _{0,2} comment*').secondWords).toBeNull();
    expect([...(compiler.compile('(i | we) know').secondWords ?? [])]).toEqual(['know']);
    expect(compiler.compile('(i | we do) know').secondWords).toBeNull();
    const optional = new WordPatternSet(['we really? will see', 'no'], compiler);
    const found = (text: string) => {
      const tokens = tokenize(text, 'en');
      const hits: string[] = [];
      optional.scan(tokens, (m) => (hits.push(tokens.text.slice(tokens.starts[m.from], tokens.ends[m.to - 1])), false));
      return hits;
    };
    expect(found('We will see. We really will see. We won’t see. No')).toEqual(['We will see', 'We really will see', 'No']);
  });

  it('scans a long adversarial text in linear time', () => {
    const text = 'we will '.repeat(20000) + 'not know '.repeat(20000);
    const started = performance.now();
    set.scan(tokenize(text, 'en'), () => false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
