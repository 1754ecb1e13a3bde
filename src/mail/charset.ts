/**
 * Node 20's TextDecoder drops bytes 0x80–0x9F for windows-1252 and latin1 (nodejs/node#60888),
 * so postal-mime, which decodes with it, loses € and Outlook's smart quotes. Before parsing,
 * legacy charsets are converted to UTF-8 with iconv-lite (through libmime, which reads
 * ISO-8859-1 as windows-1252 like browsers do): text parts (mailsplit re-encodes them),
 * RFC 2047 encoded words, and raw 8-bit header bytes that are not UTF-8 (read as windows-1252).
 * Messages already in UTF-8 or ASCII pass through untouched.
 */
import { isUtf8 } from 'node:buffer';
import { Readable, Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Joiner, type MimeNode, Rewriter, Splitter } from '@zone-eu/mailsplit';
import iconv from 'iconv-lite';
import libmime from 'libmime';

const unicodeCharsets = /^(?:utf-?8|us-?ascii|ascii|ansi_x3\.4-1968)$/i;
const charsetParameters = /charset\s*=\s*"?([^";\s]+)/gi;
const encodedWord = /=\?([^?*\s]+)(?:\*[^?\s]*)?\?[bq]\?[^?\s]*\?=/gi;
const encodedWordRun =
  /=\?[^?\s]+\?[bq]\?[^?\s]*\?=(?:[ \t]*(?:\r?\n[ \t]+)?=\?[^?\s]+\?[bq]\?[^?\s]*\?=)*/gi;

/** A charset Node cannot be trusted with and iconv-lite knows. */
function isLegacy(charset: string | false | undefined): charset is string {
  return !!charset && !unicodeCharsets.test(charset) && iconv.encodingExists(charset);
}

/** The raw message with its legacy-charset text and headers turned into UTF-8. */
export async function normaliseCharsets(raw: Buffer): Promise<Buffer> {
  if (!needsNormalising(raw)) return raw;
  const rewriter = new Rewriter((node: MimeNode) => isLegacyText(node));
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

function needsNormalising(raw: Buffer): boolean {
  if (!isUtf8(raw)) return true;
  const text = raw.toString('latin1');
  const named = [...text.matchAll(charsetParameters), ...text.matchAll(encodedWord)];
  return named.some((match) => isLegacy(match[1]));
}

function isLegacyText(node: MimeNode): boolean {
  const text = typeof node.contentType === 'string' && node.contentType.startsWith('text/');
  return text && !node.multipart && node.disposition !== 'attachment' && isLegacy(node.charset);
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
    const legacy = [...run.matchAll(encodedWord)].some((match) => isLegacy(match[1]));
    if (!legacy) return run;
    return `=?UTF-8?B?${Buffer.from(libmime.decodeWords(run)).toString('base64')}?=`;
  });
}
