import { rule as aiGenerated } from './ai-generated.js';
import { rule as authorBio } from './author-bio.js';
import { rule as authorBox } from './author-box.js';
import { rule as attribution } from './attribution.js';
import { rule as arrow } from './arrow.js';
import { rule as bodyEcho } from './body-echo.js';
import { rule as callToAction } from './call-to-action.js';
import { rule as contactHandle } from './contact-handle.js';
import { rule as consentNotice } from './consent-notice.js';
import { rule as copyright } from './copyright.js';
import { rule as dateline } from './dateline.js';
import { rule as creditLine } from './credit-line.js';
import { rule as disclaimer } from './disclaimer.js';
import { rule as editorVoice } from './editor-voice.js';
import { rule as emojiLead } from './emoji-lead.js';
import { rule as evaluativePhrase } from './evaluative-phrase.js';
import { rule as furnitureLabel } from './furniture-label.js';
import { rule as imageCredit } from './image-credit.js';
import { rule as linkDensity } from './link-density.js';
import { rule as linkList } from './link-list.js';
import { rule as metaReference } from './meta-reference.js';
import { rule as newsletterSignup } from './newsletter-signup.js';
import { rule as offTopic } from './off-topic.js';
import { rule as offerPhrase } from './offer-phrase.js';
import { rule as price } from './price.js';
import { rule as relatedLink } from './related-link.js';
import { rule as reportedSpeech } from './reported-speech.js';
import { rule as scriptMismatch } from './script-mismatch.js';
import { rule as sellingPattern } from './selling-pattern.js';
import { rule as shareLine } from './share-line.js';
import { rule as shouting } from './shouting.js';
import { rule as summaryOpener } from './summary-opener.js';
import { rule as tagLine } from './tag-line.js';
import { rule as url } from './url.js';
import type { Rule } from './rule.js';

export type { Rule, RuleHit, BlockContext, DocumentContext } from './rule.js';

/** Every built-in rule, promo first, then commentary, boilerplate and body evidence. */
export const BUILTIN_RULES: readonly Rule[] = [
  price, offerPhrase, callToAction, newsletterSignup, sellingPattern, emojiLead, arrow, contactHandle, url, offTopic, shouting, scriptMismatch,
  editorVoice, metaReference, summaryOpener, evaluativePhrase, bodyEcho,
  creditLine, disclaimer, consentNotice, copyright, shareLine, furnitureLabel, relatedLink, tagLine, imageCredit, dateline, authorBio, authorBox, linkDensity, linkList, aiGenerated,
  reportedSpeech, attribution,
];
