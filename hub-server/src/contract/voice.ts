import { z } from 'zod';

/**
 * Spoken call announcements are concatenated clips (QSystem-style), never free TTS at call time: fully
 * offline and deterministic. This catalogue is every clip a call can need; the hub synthesises the default
 * pack from it, call screens compose calls from its keys, and staff may replace any clip.
 *
 * Keys are ASCII so a pack folder survives any file system or zip tool; `text` is what the clip says.
 */
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const EN_SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export type VoiceLang = 'zh' | 'en';

export interface VoiceClipSpec {
  readonly key: string;
  /** null for the chime, which is a tone rather than speech. */
  readonly lang: VoiceLang | null;
  readonly text: string;
}

export const VOICE_CLIPS: readonly VoiceClipSpec[] = [
  { key: 'chime', lang: null, text: '♪ 提示音 · chime' },
  { key: 'zh-qing', lang: 'zh', text: '请' },
  { key: 'zh-hao', lang: 'zh', text: '号' },
  { key: 'zh-dao', lang: 'zh', text: '到' },
  { key: 'zh-hao-chuangkou', lang: 'zh', text: '号窗口' },
  { key: 'zh-banli', lang: 'zh', text: '办理' },
  ...ZH_DIGITS.map((text, d) => ({ key: `zh-${d}`, lang: 'zh' as const, text })),
  { key: 'zh-ten', lang: 'zh', text: '十' },
  { key: 'zh-hundred', lang: 'zh', text: '百' },
  // Chinese halls say ticket letters the English way in both languages, so one clip per letter serves both.
  ...LETTERS.map((text) => ({ key: `letter-${text}`, lang: 'en' as const, text })),
  { key: 'en-ticket', lang: 'en', text: 'Ticket' },
  { key: 'en-please-go-to-window', lang: 'en', text: 'please go to window' },
  ...EN_SMALL.map((text, n) => ({ key: `en-${n}`, lang: 'en' as const, text })),
  ...EN_TENS.map((text, i) => ({ key: `en-${(i + 2) * 10}`, lang: 'en' as const, text })),
  { key: 'en-hundred', lang: 'en', text: 'hundred' },
];

export const VOICE_CLIP_KEYS = VOICE_CLIPS.map((c) => c.key) as [string, ...string[]];

export const VoiceClipKey = z.enum(VOICE_CLIP_KEYS);
export type VoiceClipKey = z.infer<typeof VoiceClipKey>;

/** A clip staff upload: a plain PCM WAV no larger than this, and no longer than MAX_CLIP_MS. */
export const MAX_CLIP_BYTES = 2 * 1024 * 1024;
/** Ten seconds is far more than any word of a call needs; longer is a wrong file. */
export const MAX_CLIP_MS = 10_000;

export const VoiceClipInfo = z.strictObject({
  key: VoiceClipKey,
  lang: z.enum(['zh', 'en']).nullable(),
  text: z.string(),
  /** Carries the content hash, so a replaced clip is a new URL and screens never play a stale cached one. */
  url: z.string(),
  durationMs: z.number().int().nonnegative(),
  /** "custom" when staff replaced the default clip. */
  source: z.enum(['default', 'custom']),
  hash: z.string(),
});
export type VoiceClipInfo = z.infer<typeof VoiceClipInfo>;

export const VoiceManifest = z.strictObject({
  /** Changes whenever any clip changes; screens reload only the clips whose hash changed. */
  version: z.string(),
  clips: z.array(VoiceClipInfo),
});
export type VoiceManifest = z.infer<typeof VoiceManifest>;

export const VoiceClipParams = z.strictObject({ key: VoiceClipKey });

/**
 * Speech mode at the kiosk (语音): a screen's title, prompt, a tapped choice or a result, said once. Short on
 * purpose: a kiosk says what is on the screen, not a document; longer text is cut by the kiosk before sending.
 */
export const MAX_SAY_CHARS = 240;

export const SayRequest = z.strictObject({
  lang: z.enum(['zh', 'en']),
  text: z.string().trim().min(1).max(MAX_SAY_CHARS),
});
export type SayRequest = z.infer<typeof SayRequest>;
