/**
 * A comment thread after a page's article ends its main text (src/comment-thread.ts): the
 * comments are prose and used to pay for themselves in the main-text search. A forum's posts and
 * a blog's dated posts, whose heads stand before the first post too, are the page's content and
 * stay.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { commentHead, commentThreadStart, headForm } from '../../src/comment-thread.js';
import { textUnits } from '../../src/features.js';
import { TUNABLES } from '../../src/tunables.js';

// A scraped blog page written for this test: menu, headline, article, share buttons, then
// readers' comments (name line, time stamp, text, reply button), then a footer.
const NAV = ['Home', 'Gardening', 'Recipes', 'Travel', 'About', 'Contact', 'Subscribe', 'Search'];
const TITLE = 'What we learned from a year of growing tomatoes on a balcony';
const ARTICLE = [
  'Last spring we set out to grow tomatoes on a narrow balcony that gets about six hours of sun a day. We started with eight plants in large pots, a bag of compost and a watering can, and kept notes every week until the last fruit was picked in October.',
  'The cherry varieties did far better than the large ones. They flowered early, kept going through the hot weeks of July and gave us a bowl of fruit almost every day in August, while the beefsteak plants struggled with the wind and split after heavy rain.',
  'Watering turned out to matter more than anything else. Pots dry out quickly in summer, and the plants that missed a day showed it within a week. A simple drip line on a timer, which cost less than a bag of fertiliser, solved the problem for the rest of the season.',
];
const SHARE = ['Share this:', 'Facebook', 'Twitter', 'Email', 'Print', '12 Comments'];
const COMMENTERS = ['greenthumb42', 'Marta L.', 'balconyfarmer', 'Sam', 'old_roses', 'Priya'];
const COMMENT_TEXT = [
  'We had exactly the same trouble with the big varieties last year, and the wind on our fourth floor did not help at all.',
  'Did you use any support for the cherry plants, or did they stay upright on their own in the pots?',
  'A drip line changed everything for us too. I wish somebody had told me about it before I lost half of my peppers.',
  'Great write-up, thank you. Which compost did you use, and did you add anything to it during the summer?',
  'I tried basil next to the tomatoes and it seemed to keep the aphids away, though that may have been luck.',
  'Six hours of sun sounds like plenty. Ours gets barely four and the plants grow tall and thin with few flowers.',
];
const THREAD = COMMENTERS.flatMap((name, k) => [`${name} says:`, `May ${k + 3}, 2024 at ${k + 1}:1${k} pm`, COMMENT_TEXT[k], 'Reply']);
const FOOTER = ['Privacy policy', 'Terms of use', '© 2024 Balcony Notes. All rights reserved.'];
const blogPage = [...NAV, TITLE, ...ARTICLE, ...SHARE, ...THREAD, ...FOOTER].join('\n');

const head = (s: string) => commentHead(s, textUnits, TUNABLES.pageMenuResidualUnits);

describe('comment threads after an article', () => {
  it('tells comment heads from other short lines', () => {
    expect(head('greenthumb42 says:')).toBe('author');
    expect(head('Alex on September 17, 2018 at 6:34 am said:')).toBe('author');
    expect(head('May 3, 2024 at 1:10 pm')).toBe('time');
    expect(head('2 days ago at 07:52 am')).toBe('time');
    expect(head('10H ago')).toBe('time');
    expect(head('3小时前')).toBe('time');
    expect(head('Reply')).toBe('button');
    expect(head('Rating: 36 Votes')).toBe('button');
    // A clock time alone is a video's length or a post's own footer; a date alone is a post's date.
    expect(head('1:41')).toBeUndefined();
    expect(head('Posted by Mara at 09:41 PM')).toBeUndefined();
    expect(head('December 31, 2004')).toBeUndefined();
    expect(head('12 Comments')).toBeUndefined();
    expect(head(COMMENT_TEXT[0])).toBeUndefined();
  });

  it('gives heads of one thread one form', () => {
    expect(headForm('May 3, 2024 at 1:10 pm')).toBe(headForm('June 14, 2023 at 11:52 am'));
    expect(headForm('05-06-2005, 05:28 PM')).toBe('0-0-0, 0:0 a');
    expect(headForm('greenthumb42 says:')).not.toBe(headForm('May 3, 2024 at 1:10 pm'));
  });

  it('ends the main text of a page where the comment thread starts', () => {
    expect(clean(blogPage)).toBe(`${[TITLE, ...ARTICLE].join('\n')}\n`);
  });

  it('says why each comment went', () => {
    const a = analyze(blogPage);
    expect(a.mode).toBe('page');
    const comment = a.blocks.find((b) => b.text === COMMENT_TEXT[2])!;
    expect(comment.removed).toBe(true);
    expect(comment.reasons.at(-1)!.note).toMatch(/comment thread after the main text/);
    const footer = a.blocks.find((b) => b.text === FOOTER[0])!;
    expect(footer.removed).toBe(true);
    expect(comment.reasons.at(-1)!.note).toMatch(/from block \d+ on/);
  });

  it('keeps the comments when the page has no article before them', () => {
    // The thread needs `threadMinArticleUnits` of prose before it: a page of comments only keeps them.
    const commentsOnly = [...NAV, ...THREAD, ...FOOTER].join('\n');
    const out = clean(commentsOnly);
    for (const c of COMMENT_TEXT) expect(out).toContain(c);
  });

  it('needs author lines or time stamps, not buttons alone', () => {
    const buttonsOnly = [...NAV, TITLE, ...ARTICLE, ...COMMENT_TEXT.flatMap((c) => [c, 'Reply', 'Report']), ...FOOTER];
    expect(commentThreadStart((i) => buttonsOnly[i], buttonsOnly.length, textUnits, TUNABLES)).toBe(-1);
  });
});

describe('forum posts are not a comment thread', () => {
  // A forum thread page written for this test: every post has a name and a date line before it,
  // the first post as well. The first post is what the main-text search finds first; the later
  // posts' heads have the same form as the one before it, so they continue it.
  const POSTS = [
    'Has anyone here repaired the hinge on an old cast iron stove door? Mine came loose over the winter and the pin looks worn down on one side. I would rather fix it than replace the whole door, because the stove itself still works perfectly well and the door matches it.',
    'I did mine last year. The pin is usually a plain steel rod, so any hardware shop can cut you a new one. Take the old pin with you and match the diameter, then file the ends until it slides in.',
    'Before you take the door off, soak the hinge with penetrating oil for a day or two. Old stove parts rust together and the casting can crack if you force it, which is far harder to repair than the pin.',
    'Thanks, both of you. The oil worked and the door came off without any trouble. The new pin cost almost nothing and the door closes tightly again.',
  ];
  const NAMES = ['ironhand', 'woodsmoke', 'K. Berg', 'ironhand'];
  const forum = [
    'Stove Talk Forums > Repairs > Cast iron door hinge',
    'View Full Version : Cast iron door hinge',
    ...POSTS.flatMap((p, k) => [NAMES[k], `03-1${k}-2006, 0${k + 2}:15 PM`, p]),
    'Powered by a forum engine, version 3.0',
    'Contact Us - Archive - Top',
    ...NAV,
    ...FOOTER,
    'Home',
    'Forum rules',
    'Members',
    'Calendar',
    'Search',
    'Help',
    'Log out',
  ];
  const page = forum.join('\n');

  it('keeps every post: the "thread" starts at the top, with no article before it', () => {
    expect(commentThreadStart((i) => forum[i], forum.length, textUnits, TUNABLES)).toBe(3);
    const out = clean(page);
    for (const p of POSTS) expect(out).toContain(p);
  });

  it('keeps every post when the first post is long: its head has the form of the later ones', () => {
    // The first post in ten paragraphs: its head is more than `threadMaxGap` blocks before the
    // second post's, so the run of heads starts at the second post, after 'an article'.
    const long = [
      'Has anyone here repaired the hinge on an old cast iron stove door?',
      'Mine came loose over the winter, and the pin looks worn down on one side.',
      'I would rather fix it than replace the whole door, because the stove still works well.',
      'The door also matches the stove, and a new one from the maker costs a small fortune.',
      'I have a set of files, a vice and a drill, but no welding gear at all.',
      'The hinge has two lugs cast into the body, and the pin runs through both of them.',
      'One lug has a hairline mark on it, which may be a crack or only old paint.',
      'Is it safe to tap the pin out with a punch, or should I try to press it?',
      'I have read that old castings can be brittle, so I am wary of hitting anything.',
      'Any advice, or a picture of how you did yours, would be very welcome.',
    ];
    expect(long.length).toBeGreaterThan(TUNABLES.threadMaxGap);
    const first = [NAMES[0], '03-10-2006, 02:15 PM', ...long];
    const rest = POSTS.slice(1).flatMap((p, k) => [NAMES[k + 1], `03-1${k + 1}-2006, 0${k + 3}:15 PM`, p]);
    const lines = [...forum.slice(0, 2), ...first, ...rest, ...forum.slice(2 + 3 * POSTS.length)];
    expect(commentThreadStart((i) => lines[i], lines.length, textUnits, TUNABLES)).toBe(-1);
    // Without the first post's head, the later posts would be a thread after an article.
    const headless = lines.filter((l) => l !== '03-10-2006, 02:15 PM');
    expect(commentThreadStart((i) => headless[i], headless.length, textUnits, TUNABLES)).toBeGreaterThan(2);
    const out = clean(lines.join('\n'));
    for (const p of POSTS.slice(1)) expect(out).toContain(p);
    for (const l of long) expect(out).toContain(l);
  });
});
