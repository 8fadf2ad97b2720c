/** ESC/POS command bytes used by JobHall, with the manual's name for each. */
export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;
export const EOT = 0x04;
export const LF = 0x0a;

export const INIT = [ESC, 0x40]; // ESC @: initialise printer
export const CJK_ON = [FS, 0x26]; // FS &: select Kanji (Chinese) character mode
export const CJK_OFF = [FS, 0x2e]; // FS .: cancel Kanji character mode
export const align = (n: 0 | 1 | 2) => [ESC, 0x61, n]; // ESC a n: 0 left, 1 centre, 2 right
export const bold = (on: boolean) => [ESC, 0x45, on ? 1 : 0]; // ESC E n: emphasised
/** GS ! n: character size; high nibble = width − 1, low nibble = height − 1. */
export const size = (w: number, h: number) => [GS, 0x21, ((w - 1) << 4) | (h - 1)];
export const feed = (lines: number) => [ESC, 0x64, lines]; // ESC d n: print and feed n lines
export const CUT = [GS, 0x56, 0x42, 0x00]; // GS V 66 0: feed to the cutter and partial cut

/** GS ( k, cn 49 (QR Code): fn 165 model, 167 module size, 169 error level, 180 store, 181 print. */
export function qr(data: Uint8Array, moduleSize: number): number[] {
  const store = data.length + 3;
  return [
    GS, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00, // fn 165: model 2
    GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, moduleSize, // fn 167: module size in dots
    GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x31, // fn 169: error correction M (15 %), survives a smudge
    GS, 0x28, 0x6b, store & 0xff, store >> 8, 0x31, 0x50, 0x30, ...data, // fn 180: store data
    GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30, // fn 181: print the stored symbol
  ];
}

/** DLE EOT n: real-time status request; the printer answers one byte at once, even mid-job. */
export const statusRequest = (n: 1 | 2 | 3 | 4) => [DLE, EOT, n];
