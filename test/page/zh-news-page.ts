/**
 * A whole scraped Chinese news page, written for the page-mode tests: menus, a breadcrumb, the
 * article, a share bar, related links and a footer, one visible block per line.
 */
export const NAV = ['首页', '新闻', '国内', '国际', '财经', '科技', '体育', '娱乐', '汽车', '房产', '登录', '注册'];
export const BREADCRUMB = '首页 > 科技 > 正文';
export const TITLE = '城市地铁十号线开通首日客流超过二十万人次';
export const ARTICLE = [
  '本报讯 昨日清晨六点，城市地铁十号线正式开通运营。首班列车从北站发出时，车厢里已经坐满了赶来体验的市民，不少人拿着手机记录下这一刻。',
  '据地铁运营公司介绍，十号线全长三十二公里，共设二十二座车站，连接城市北部的居住区和南部的高新园区，全程运行时间约五十分钟，高峰时段行车间隔为三分钟。',
  '运营首日，全线客流超过二十万人次，其中换乘客流占四成以上。运营公司表示，将根据客流变化及时调整行车组织，并在早晚高峰增派站务人员引导乘客。',
  '家住北部新区的王女士说，以前到园区上班要换两次公交，单程将近一个半小时，现在坐地铁四十分钟就能到，每天能多睡半个小时。',
];
export const SHARE = ['分享到：', '微信', '微博', 'QQ空间'];
export const RELATED = ['相关新闻', '地铁十一号线年底试运行', '公交线路优化方案公布', '共享单车停放新规实施'];
export const FOOTER = ['关于我们', '联系我们', '广告服务', '网站地图', '版权所有 © 2024 城市新闻网', '京ICP备00000000号'];

