import { describe, expect, it } from 'vitest';
import { ADDRESS, addresses } from '../../../../src/core/lang/address';
import type { Lang } from '../../../../src/core/types';

describe.each(Object.entries(ADDRESS) as [Lang, (typeof ADDRESS)[Lang]][])('%s', (lang, forms) => {
  it.each(forms.examples)('"%s" addresses %s', (text, name) => {
    expect(addresses(text, [name], lang)).toBe(true);
  });
  it.each(forms.counterexamples)('"%s" does not address %s', (text, name) => {
    expect(addresses(text, [name], lang)).toBe(false);
  });
});
