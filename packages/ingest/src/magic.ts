import type { InputErrorCode } from './errors'

interface Signature {
  bytes: (number | null)[] // null matches any byte
  offset?: number
  code: Extract<InputErrorCode, 'image' | 'archive' | 'binary'>
  kind: string
}

// File signatures of the non-text files people most often hand over by mistake.
const SIGNATURES: Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], code: 'image', kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], code: 'image', kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], code: 'image', kind: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], code: 'image', kind: 'a WebP image' },
  { bytes: [0x42, 0x4d], code: 'image', kind: 'a BMP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], code: 'image', kind: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], code: 'image', kind: 'a TIFF image' },
  { bytes: [0x00, 0x00, 0x01, 0x00], code: 'image', kind: 'an ICO image' },
  { bytes: [0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66], offset: 4, code: 'image', kind: 'an AVIF image' },
  { bytes: [0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63], offset: 4, code: 'image', kind: 'a HEIC image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], code: 'archive', kind: 'a ZIP archive (or a .docx/.xlsx/.odt document)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], code: 'archive', kind: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], code: 'archive', kind: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], code: 'archive', kind: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], code: 'archive', kind: 'an xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], code: 'archive', kind: 'a zstd archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], code: 'archive', kind: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], code: 'archive', kind: 'a RAR archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], code: 'binary', kind: 'a PDF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], code: 'binary', kind: 'an old Microsoft Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], code: 'binary', kind: 'an executable (ELF)' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74], code: 'binary', kind: 'an SQLite database' },
]

export interface KnownFormat {
  code: Signature['code']
  kind: string
}

/** What a byte prefix says the file is, when it is a known non-text format. */
export function sniffBinaryFormat(bytes: Uint8Array): KnownFormat | null {
  for (const sig of SIGNATURES) {
    const offset = sig.offset ?? 0
    if (bytes.length < offset + sig.bytes.length) continue
    if (sig.bytes.every((b, i) => b === null || bytes[offset + i] === b)) {
      // "BM" also starts plain words ("BMW ..."): only call it a bitmap when a NUL follows soon.
      if (sig.kind === 'a BMP image' && !bytes.subarray(0, 16).includes(0)) continue
      return { code: sig.code, kind: sig.kind }
    }
  }
  return null
}
