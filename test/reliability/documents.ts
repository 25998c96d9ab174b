/** A small English article with one reseller ad before it, written for the reliability tests. */
export const AD = '🔥 Get Spotify Premium for only $2.99/month! No VPN needed ➜ DM us on Telegram @cheapsubs';
export const BODY = [
  'The city council voted on Tuesday to extend the night bus network to three new districts.',
  'Residents who spoke at the hearing said the late services would help shift workers get home safely.',
  'The transport department estimates the extension will cost about four million dollars a year.',
].join('\n');
