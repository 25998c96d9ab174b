import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';

// A whole blog page written for this test, in the style of Taiwanese travel blogs: the body is
// many short lines without punctuation (a space instead of a comma), between a menu, a list of
// other posts, and a comment thread where every comment has a name-and-date line.
const NAV = ['首頁', '部落格', '相簿', '留言', '名片', '旅遊', '美食', '親子', '登入', '找文章'];
const OTHER_POSTS = ['【台東】池上伯朗大道騎單車', '『食記』花蓮扁食老店', '[宜蘭]冬山河親水公園', '南投清境農場半日遊', '【高雄】旗津渡輪與海產街'];
const HEADER = ['小山的家_晴天', '2019/11/23 08:12'];
const TITLE = '南庄_向天湖營地看雲海';
const BODY = [
  '週五下班後我們就直接開車上山 到營地時天已經全黑了',
  '營主很親切地拿著手電筒帶我們到預約的營位',
  '這裡的營位都是草地 排水做得很好 下過雨也不會積水',
  '晚上氣溫降到十度左右 還好有帶暖爐 不然真的會睡不著',
  '隔天一早五點多就起床 因為聽說這裡的雲海很有名',
  '果然從營地邊緣往下看 整片山谷都被白色的雲填滿了',
  '太陽慢慢升起來以後 雲海也跟著變成了淡淡的金黃色',
  '小朋友一直說好像站在天上 捨不得回去吃早餐',
  '吃完早餐我們沿著湖邊的步道散步 大約走了四十分鐘',
  '湖邊有很多人在釣魚 也有人帶著狗狗來玩水',
  '中午營主推薦我們去附近的老街吃客家菜',
  '梅干扣肉和炒粄條都很好吃 價錢也很實在',
  '下午回到營地 孩子們在草地上追著蝴蝶跑來跑去',
  '傍晚的時候又起霧了 整個營地變得很安靜',
  '我們煮了一鍋熱湯 一邊喝一邊看著霧慢慢散去',
  '這次兩天一夜的露營雖然很累 但是大家都玩得很開心',
  '如果你也喜歡看雲海 一定要來這裡住一晚看看',
];
const TAGS = ['南庄, 向天湖, 雲海, 露營', '上一篇： 宜蘭冬山河親水公園', '下一篇： 花蓮扁食老店', '留言列表 (4)'];
const COMMENTS = [
  '#1 阿美 於 2019/11/24 10:02',
  '雲海好漂亮喔 我們下個月也想去，不知道要不要先預約呢？',
  '小山的家_晴天 於 2019/11/24 21:15 回覆',
  '要先預約喔 假日很快就滿了，建議提早一個月打電話。',
  '#2 大樹 於 2019/11/25 08:40',
  '看了好想去露營，可惜家裡沒有帳篷，只能先收藏起來了。',
  '小山的家_晴天 於 2019/11/25 22:03 回覆',
  '營地也有帳篷出租，可以先問問營主，第一次去不用買裝備。',
];
const FOOTER = ['回到頁首', '關於我們', '服務條款', '隱私權政策', '© 2019 部落格平台'];

const page = [...NAV, ...OTHER_POSTS, ...HEADER, TITLE, ...BODY, ...TAGS, ...COMMENTS, ...FOOTER].join('\n');

describe('a page whose body is many short unpunctuated lines', () => {
  it('is found in auto mode, without the menus, the post list or the comment thread', () => {
    expect(analyze(page).mode).toBe('page');
    const out = clean(page);
    for (const line of BODY) expect(out).toContain(line);
    for (const line of [...NAV, ...OTHER_POSTS, ...COMMENTS, ...FOOTER]) expect(out).not.toContain(line);
  });
});
