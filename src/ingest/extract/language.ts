// Language identification: franc-min (trigram profiles) plus a stop-word check so short
// English texts, where trigram statistics are thin, are not rejected.
import { franc } from 'franc-min';

const ISO3_TO_1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', rus: 'ru', arb: 'ar', cmn: 'zh', por: 'pt', ita: 'it', tur: 'tr',
  pes: 'fa', ukr: 'uk', pol: 'pl', nld: 'nl', jpn: 'ja', kor: 'ko', hin: 'hi', urd: 'ur', ind: 'id', vie: 'vi',
  tha: 'th', ron: 'ro', hun: 'hu', ces: 'cs', swe: 'sv', ell: 'el', heb: 'he', ben: 'bn', zlm: 'ms', uzn: 'uz',
  azj: 'az', kaz: 'kk', srp: 'sr', hrv: 'hr', bul: 'bg', bel: 'be', fin: 'fi', dan: 'da', nob: 'no', slk: 'sk',
  tgl: 'tl', swh: 'sw', amh: 'am', hau: 'ha', som: 'so', pbu: 'ps', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu',
  kan: 'kn', mal: 'ml', pan: 'pa', mya: 'my', khm: 'km', sin: 'si', npi: 'ne', yor: 'yo', ibo: 'ig', zul: 'zu',
  xho: 'xh', aka: 'ak', kin: 'rw', run: 'rn', mlg: 'mg', nya: 'ny', sna: 'sn', cat: 'ca', glg: 'gl', lit: 'lt',
};

const EN_STOP = /\b(?:the|and|of|to|in|that|is|was|for|on|with|said|has|have|by|from|its|their)\b/gi;

/** ISO 639-1 code of the text's language, or 'und' when it cannot be told. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  if (words < 3) return 'und';
  const en = sample.match(EN_STOP)?.length ?? 0;
  if (words >= 8 && en / words > 0.12) return 'en';
  const code = franc(sample, { minLength: 10 });
  if (code === 'und') return 'und';
  return ISO3_TO_1[code] ?? 'und';
}
