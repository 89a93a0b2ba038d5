import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decode, encodingDeclaredByMeta, encodingForLabel, encodingFromContent, sniffEncoding } from '../../../src/cli/html-encoding';

const bytes = (text: string, ...prefix: number[]) => new Uint8Array([...prefix, ...Buffer.from(text, 'latin1')]);

describe('sniffEncoding', () => {
  it.each([
    ['<meta charset="gbk">', 'gbk'],
    ['<meta charset=GB2312>', 'gbk'],
    ["<META CHARSET='Big5'>", 'big5'],
    ['<meta charset = " shift_jis ">', 'shift_jis'],
    ['<title>T</title><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">', 'euc-kr'],
    ['<meta content="text/html; charset=euc-kr" http-equiv=content-type>', 'euc-kr'],
    ['<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="a" content="b"><meta charset="big5">', 'big5'],
    ['<!-- <meta charset="big5"> --><meta charset="shift_jis">', 'shift_jis'],
    ['<!--><meta charset="big5">', 'big5'], // the comment's dashes end it at once
    ['<div title="<meta charset=big5>"><meta charset=koi8-r>', 'koi8-r'], // attribute values are skipped
    ['<meta charset="klingon"><meta charset="big5">', 'big5'], // an unknown label: the next meta
    ['<meta charset="big5" charset="gbk">', 'big5'], // a repeated attribute counts once
    ['<meta charset="utf-16">', 'utf-8'], // a declared UTF-16 means UTF-8
    ['<meta charset="x-user-defined">', 'windows-1252'],
    ['<meta charset="iso-8859-1">', 'windows-1252'],
    ['<meta charset="us-ascii">', 'windows-1252'],
    ['<?xml version="1.0" encoding="windows-1251"?><html>', 'windows-1251'],
    ["<?xml version='1.0' encoding = 'EUC-JP'?>", 'euc-jp'],
  ])('finds %s', (html, encoding) => {
    expect(sniffEncoding(bytes(html))).toEqual({ encoding, source: 'declared' });
  });

  it.each([
    ['nothing declared', '<!doctype html><title>T</title><p>Text'],
    ['a content charset without http-equiv', '<meta content="text/html; charset=euc-kr">'],
    ['a charset in another http-equiv', '<meta http-equiv="refresh" content="0; charset=big5">'],
    ['a meta past the first 1024 bytes', `<title>${'x'.repeat(1010)}</title><meta charset="big5">`],
    ['a meta in an unclosed comment', '<!-- <meta charset="big5">'],
    ['a meta cut short', '<meta charset="big5'],
    ['an XML declaration not at the start', ' <?xml version="1.0" encoding="big5"?>'],
  ])('falls back to UTF-8 for %s', (_what, html) => {
    expect(sniffEncoding(bytes(html))).toEqual({ encoding: 'utf-8', source: 'default' });
  });

  it.each([
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ])('takes the byte-order mark %j over a declaration and --encoding', (bom, encoding) => {
    expect(sniffEncoding(bytes('<meta charset="big5">', ...bom), 'gbk')).toEqual({ encoding, source: 'bom' });
  });

  it('takes --encoding over a declaration', () => {
    expect(sniffEncoding(bytes('<meta charset="big5">'), 'gbk')).toEqual({ encoding: 'gbk', source: 'override' });
  });

  it('finds UTF-16 by an XML declaration without a byte-order mark', () => {
    expect(sniffEncoding(new Uint8Array(Buffer.from('<?xml version="1.0"?>', 'utf16le'))).encoding).toBe('utf-16le');
  });
});

describe('encodingFromContent', () => {
  it.each([
    ['text/html; charset=gb2312', 'gbk'],
    ['text/html;charset="big5"', 'big5'],
    ["text/html; charset='shift_jis'", 'shift_jis'],
    ['text/html; CHARSET = euc-kr; foo', 'euc-kr'],
    ['charsetx; charset=koi8-r', 'koi8-r'],
    ['text/html; charset', null],
    ['text/html; charset="big5', null],
    ['text/html; charset=klingon', null],
  ])('reads %s', (content, encoding) => {
    expect(encodingFromContent(content)).toBe(encoding);
  });
});

describe('encodingForLabel', () => {
  it('knows the Encoding Standard labels and aliases', () => {
    expect(['GB2312', 'x-gbk', 'chinese', 'csbig5', 'ms_kanji', 'windows-31j', 'ks_c_5601-1987', 'latin1', 'ascii', 'unicode'].map(encodingForLabel)).toEqual([
      'gbk', 'gbk', 'gbk', 'big5', 'shift_jis', 'shift_jis', 'euc-kr', 'windows-1252', 'windows-1252', 'utf-16le',
    ]);
  });

  it('names the encodings Node cannot decode, and nothing for an unknown label', () => {
    expect(['hz-gb-2312', 'x-user-defined', 'iso-8859-16', 'utf-7'].map(encodingForLabel)).toEqual(['replacement', 'x-user-defined', 'iso-8859-16', null]);
  });
});

describe('decode', () => {
  it('reads windows-1252 punctuation and the euro, which Node 20 reads as C1 controls', () => {
    expect(decode(Buffer.from([0x84, 0x80, 0x20, 0x96, 0x20, 0x93, 0xe4, 0x94, 0x81]), 'windows-1252')).toBe('„€ – “ä”\u0081');
  });

  it('reads the four-byte sequences of GB18030 in a page labelled GBK', () => {
    expect(decode(Buffer.from([0xd5, 0xc5, 0x99, 0x31, 0xd2, 0x39]), 'gbk')).toBe('张𬌗');
  });

  it('drops the byte-order mark', () => {
    expect(decode(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'utf-16le')).toBe('A');
  });

  it('cannot decode the replacement encoding', () => {
    expect(decode(Buffer.from('abc'), 'replacement')).toBeNull();
  });
});

describe('encodingDeclaredByMeta', () => {
  const declared = (html: string) => encodingDeclaredByMeta(parseHTML(html).document as unknown as Document);

  it.each([
    ['<meta name="viewport" content="width=device-width"><meta charset="gbk">', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=big5">', 'big5'],
    ['<meta charset="klingon" http-equiv="content-type" content="text/html; charset=euc-kr">', 'euc-kr'],
    ['<meta charset="utf-16">', 'utf-8'],
    ['<meta http-equiv="refresh" content="5; charset=big5">', null],
    ['<p>no meta</p>', null],
  ])('reads %s', (html, encoding) => {
    expect(declared(html)).toBe(encoding);
  });
});
