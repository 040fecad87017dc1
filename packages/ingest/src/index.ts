/**
 * @newslens/ingest: the input side shared by the CLI and the web app's ingest form. Pure helpers
 * (no file system, no network): bytes in, validated article drafts or an InputError out.
 *
 *   readDocument(bytes, { name?, format?, maxBytes?, lang? }) → ArticleDraft
 *       one .txt / .md / .html file: strict decoding (UTF-8 or UTF-16 with BOM, never a Latin-1
 *       guess), refusal of empty / binary / image / archive / over-size input, HTML reduced to
 *       the article's text (Readability + linkedom), Markdown front matter and heading, a title
 *       from the first sentence when none is given.
 *   splitJsonl(bytes) / jsonlLines(asyncChunks) → JsonlLine per non-blank line
 *   parseJsonlRecord(lineBytes | string) → ArticleDraft   (validateRecord for parsed JSON)
 *   decodeText(bytes, { maxBytes? }) → string
 *   htmlToText(html) → { text, title, source, url, published, lang }
 *   markdownToText(md) → { text, title, meta }
 *   parseDate("29 novembre 2026" | "November 29, 2026" | ISO | RFC 2822) → "2026-11-29"
 *   titleFromText(text, maxLength = 100) → first sentence, cut at a word boundary
 *   isHttpUrl(url) → whether a URL may be rendered as a link
 *   parseSize("5MB") / formatSize(bytes) / DEFAULT_MAX_TEXT_BYTES (5 MiB)
 *
 * Every refusal is an InputError whose `code` says which kind (empty, too-large, binary, image,
 * archive, invalid-utf8, invalid-json, invalid-record, invalid-date, no-text) and whose message
 * is one line a user can act on. Map it to exit code 2 / HTTP 4xx; nothing is stored for it.
 */
export { InputError, isInputError, type InputErrorCode } from './errors'
export { DEFAULT_MAX_TEXT_BYTES, parseSize, formatSize, checkTextSize } from './size'
export { decodeText, type DecodeOptions } from './decode'
export { sniffBinaryFormat } from './magic'
export { parseDate } from './dates'
export { titleFromText, DEFAULT_TITLE_LENGTH } from './title'
export { htmlToText, type HtmlArticle } from './html'
export { markdownToText, type MarkdownArticle } from './markdown'
export { makeDraft, normalizeLang, isHttpUrl, type ArticleDraft, type DraftFields, type DraftLang } from './draft'
export { validateRecord, type RecordOptions } from './record'
export { jsonlLines, splitJsonl, parseJsonlRecord, type JsonlLine, type JsonlOptions } from './jsonl'
export { readDocument, formatFromName, sniffFormat, type InputFormat, type ReadDocumentOptions } from './document'
