/**
 * Node 20's TextDecoder drops bytes 0x80–0x9F for the labels WHATWG reads as windows-1252
 * (windows-1252, iso-8859-1, latin1, us-ascii…; nodejs/node#60888), so postal-mime, which
 * decodes with it, loses € and Outlook's curly quotes and dashes. Before parsing, such text is
 * converted to UTF-8 with iconv-lite (through libmime, which also reads iso-8859-1 as
 * windows-1252): text parts (re-encoded by mailsplit), RFC 2047 encoded words, and raw 8-bit
 * header bytes that are not UTF-8. Other charsets decode correctly and are left to postal-mime.
 * A message where none of those bytes can occur passes through untouched (the common case).
 */
import { isUtf8 } from 'node:buffer';
import { Readable, Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Joiner, type MimeNode, Rewriter, Splitter } from '@zone-eu/mailsplit';
import iconv from 'iconv-lite';
import libmime from 'libmime';

/** The labels browsers (and Node) decode as windows-1252. */
const windows1252 =
  /^(?:(?:x-)?cp1252|windows-1252|iso-?8859-1|iso_8859-1(?::1987)?|latin1|l1|cp819|ibm819|iso-ir-100|csisolatin1|(?:us-)?ascii|ansi_x3\.4-1968|iso646-us|us|cp367|ibm367|csascii)$/i;
const charsetParameter = /charset\s*=\s*"?([^";\s]+)/gi;
const encodedWord = /=\?([^?*\s]+)(?:\*[^?\s]*)?\?([bq])\?([^?\s]*)\?=/gi;
const encodedWordRun =
  /=\?[^?\s]+\?[bq]\?[^?\s]*\?=(?:[ \t]*(?:\r?\n[ \t]+)?=\?[^?\s]+\?[bq]\?[^?\s]*\?=)*/gi;
const c1Escape = /=[89][0-9a-f]/i;
const c1Byte = /[\x80-\x9f]/;

function inFamily(charset: string | false | undefined): charset is string {
  return !!charset && windows1252.test(charset.replace(/^"|"$/g, ''));
}

/** The raw message with its windows-1252 text and legacy header bytes turned into UTF-8. */
export async function normaliseCharsets(raw: Buffer): Promise<Buffer> {
  if (!needsNormalising(raw)) return raw;
  const rewriter = new Rewriter((node: MimeNode) => isFamilyText(node));
  rewriter.on('node', ({ node, decoder, encoder }) => {
    const from = String(node.charset);
    node.setCharset('utf-8');
    decoder.pipe(libmime.createDecodeStream(from)).pipe(encoder);
  });
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await pipeline(
    Readable.from([raw]),
    new Splitter(),
    headersToUtf8(),
    rewriter,
    new Joiner(),
    sink,
  );
  return Buffer.concat(chunks);
}

/**
 * Whether bytes Node would drop can be in the message: raw 8-bit header bytes that are not
 * UTF-8, raw 0x80–0x9F bytes, `=8x`/`=9x` escapes or base64 in a windows-1252 part, or such
 * bytes in a windows-1252 encoded word.
 */
function needsNormalising(raw: Buffer): boolean {
  if (!isUtf8(raw)) {
    const ends = [raw.indexOf('\r\n\r\n'), raw.indexOf('\n\n')].filter((at) => at >= 0);
    if (!isUtf8(raw.subarray(0, Math.min(raw.length, ...ends)))) return true;
    if (c1Byte.test(raw.toString('latin1'))) return true;
  }
  const text = raw.toString('latin1');
  if (familyWordWithC1(text)) return true;
  const familyBlocks = text
    .split(/\r?\n\r?\n/)
    .filter((block) => [...block.matchAll(charsetParameter)].some((match) => inFamily(match[1])));
  if (familyBlocks.length === 0) return false;
  return (
    c1Escape.test(text) || familyBlocks.some((block) => /transfer-encoding:\s*base64/i.test(block))
  );
}

function familyWordWithC1(text: string): boolean {
  for (const [word, charset, encoding, payload = ''] of text.matchAll(encodedWord)) {
    if (!inFamily(charset)) continue;
    if (encoding?.toLowerCase() === 'q' ? c1Escape.test(payload) : c1Byte.test(wordBytes(word))) {
      return true;
    }
  }
  return false;
}

function wordBytes(word: string): string {
  const payload = word.split('?')[3] ?? '';
  return Buffer.from(payload, 'base64').toString('latin1');
}

function isFamilyText(node: MimeNode): boolean {
  const text = typeof node.contentType === 'string' && node.contentType.startsWith('text/');
  return text && !node.multipart && node.disposition !== 'attachment' && inFamily(node.charset);
}

/** A stream step that rewrites the header lines of every MIME node into UTF-8. */
function headersToUtf8(): Transform {
  return new Transform({
    objectMode: true,
    transform(
      chunk: { type: string; headers?: MimeNode['headers'] },
      _encoding,
      done: TransformCallback,
    ) {
      if (chunk.type === 'node' && chunk.headers) {
        for (const line of chunk.headers.getList()) {
          const fixed = headerLineToUtf8(line.line);
          if (fixed === line.line) continue;
          line.line = fixed;
          chunk.headers.changed = true;
        }
      }
      done(null, chunk);
    },
  });
}

/** One header line (a binary string, one char per byte) with its legacy text made UTF-8. */
function headerLineToUtf8(line: string): string {
  const bytes = Buffer.from(line, 'binary');
  const text = isUtf8(bytes)
    ? line
    : Buffer.from(iconv.decode(bytes, 'windows-1252')).toString('binary');
  return text.replace(encodedWordRun, (run) => {
    const legacy = [...run.matchAll(encodedWord)].some((match) => inFamily(match[1]));
    if (!legacy) return run;
    return `=?UTF-8?B?${Buffer.from(libmime.decodeWords(run)).toString('base64')}?=`;
  });
}
