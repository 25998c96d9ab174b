import { phraseRule } from './rule.js';

/** A share bar, QR code or follow-our-account line (分享到, 二維碼, 公眾號, Share on). */
export const rule = phraseRule({
  id: 'share-line',
  description: 'A share bar, QR code or follow-our-account line (分享到, 二維碼, 公眾號, Share on).',
  label: 'boilerplate',
  weight: 1.8,
  extra: 0.3,
  cap: 1.6,
});
