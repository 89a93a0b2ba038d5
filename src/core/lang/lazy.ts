/**
 * A record whose values are made on first read: each language's patterns are built only when a
 * page in that language is read (a Unicode-property pattern costs a millisecond or more to
 * build, and a page is in one language). Enumerable, so tests can walk every entry.
 */
export function lazyRecord<K extends string, V>(makers: Record<K, () => V>): Record<K, V> {
  const record = {} as Record<K, V>;
  for (const key of Object.keys(makers) as K[]) {
    let value: V | undefined;
    Object.defineProperty(record, key, {
      enumerable: true,
      get: () => (value ??= makers[key]()),
    });
  }
  return record;
}
