/** Simplified Chinese UI text; the keys mirror en.ts. */
import type { enBase, Messages } from './en.ts';
import { popupText } from './parts/popup.ts';
import { lookupText } from './parts/lookup.ts';
import { panelText } from './parts/panel.ts';
import { watchlistText } from './parts/watchlist.ts';
import { preferencesText } from './parts/preferences.ts';
import { welcomeText } from './parts/welcome.ts';

const zhBase: Record<keyof typeof enBase, string> = {
  appName: '制裁名单透镜',
  disclaimer: '仅供参考，不构成法律意见。',

  'list.ofac-ns-cmic': '美国财政部 NS-CMIC 清单',
  'list.dod-1260h': '美国国防部第 1260H 条清单',
  'list.dod-1237': '美国国防部第 1237 条清单（第 13959 号行政令）',
  'prohibits.ofac-ns-cmic':
    '美国人不得买卖该公司公开交易的证券，也不得买卖提供其投资敞口的证券（美国存托凭证、交易所交易基金、指数基金）。这不是 SDN 资产冻结，也不涉及未上市的子公司（OFAC 常见问题 857）。',
  'prohibits.dod-1260h':
    '没有投资禁令。根据 2024 财年《国防授权法》第 805 条，国防部不得与名单上的公司签约（自 2026 年 6 月 30 日起），也不得采购来源于这些公司的商品或服务（自 2027 年 6 月 30 日起）。',
  'prohibits.dod-1237':
    '第 13959 号行政令禁止美国人购买该公司公开交易的证券。该制度已于 2021 年 6 月 3 日被第 14032 号行政令取代而终止；这一终止并不代表该公司已被澄清。',

  'state.active': '自 {date} 起列入名单',
  'state.pending': '列名于 {date} 生效',
  'state.enjoined': '自 {date} 起被法院禁制',
  'state.vacated': '已于 {date} 被法院撤销',
  'state.removed': '已于 {date} 从名单中移除',
  'state.superseded': '已于 {date} 终止：被第 14032 号行政令取代（不代表该公司已被澄清）',
  'state.unclear': '自 {date} 起状态不明：该名称未出现在名单上，也未发现移除通知',
  'badge.ban': '投资禁令',
  'badge.listed': '已列名',
  'badge.history': '历史',

  'c.purchase-ban.took-effect': '购买禁令自 {date} 起生效',
  'c.purchase-ban.ended': '购买禁令自 {date} 起生效，直至{blocker}',
  'c.purchase-ban.pending': '购买禁令将于 {date} 生效（{when}）',
  'c.purchase-ban.never': '原定于 {date} 生效的购买禁令从未生效：{blocker}',
  'c.divestment-deadline.took-effect': '撤资期已于 {date} 结束',
  'c.divestment-deadline.ended': '撤资期已于 {date} 结束',
  'c.divestment-deadline.pending': '撤资期将于 {date} 结束（{when}）',
  'c.divestment-deadline.never': '{date} 的撤资期限从未到来：{blocker}',
  'c.procurement-direct.took-effect': '国防部签约禁令自 {date} 起生效',
  'c.procurement-direct.ended': '国防部签约禁令自 {date} 起生效，直至{blocker}',
  'c.procurement-direct.pending': '国防部签约禁令将于 {date} 生效（{when}）',
  'c.procurement-direct.never': '国防部签约禁令（{date}）不适用：{blocker}',
  'c.procurement-indirect.took-effect':
    '国防部对来源于该公司的商品和服务的采购禁令自 {date} 起生效',
  'c.procurement-indirect.ended':
    '国防部对来源于该公司的商品和服务的采购禁令自 {date} 起生效，直至{blocker}',
  'c.procurement-indirect.pending':
    '国防部对来源于该公司的商品和服务的采购禁令将于 {date} 生效（{when}）',
  'c.procurement-indirect.never':
    '国防部对来源于该公司的商品和服务的采购禁令（{date}）不适用：{blocker}',
  'c.computed': '日期根据列名日期推算',
  'c.scheduled': '原定',
  'blocked.enjoined': '{date} 被法院禁制',
  'blocked.vacated': '{date} 被法院撤销',
  'blocked.removed': '{date} 从名单中移除',
  'blocked.superseded': '{date} 被第 14032 号行政令取代',
  'blocked.status-unclear': '自 {date} 起状态不明',

  'event.listed': '列入名单',
  'event.relisted': '再次列入名单',
  'event.purchase-ban-scheduled': '购买禁令原定生效',
  'event.purchase-ban-effective': '购买禁令生效',
  'event.enjoined': '被法院禁制',
  'event.vacated': '被法院撤销',
  'event.removed': '移除',
  'event.superseded': '被取代（第 14032 号行政令）',
  'event.divestment-window-end': '撤资期结束',
  'event.status-unclear': '状态不明',

  'card.listedAs': '列名名称',
  'card.history': '历史',
  'card.sources': '来源（{count}）',
  'card.confidence.medium': '可信度：中（二手转录或判断）。',
  'card.confidence.low': '可信度：低（根据后续名单中缺失推断）。',
  'card.tickers': '股票代码',
  'card.isins': 'ISIN',
  'card.delisted': '已退市',
  'card.parent': '母公司',
  'card.matchedText': '匹配到“{text}”',
  'card.dataAsOf': '数据截至 {date}',
  'card.lastSync': '上次同步 {date}',
  'card.neverSynced': '内置数据，尚未同步',
  'card.noEntity': '当前数据中没有这家公司。',

  'popover.label': '制裁名单透镜：{name}',
  'popover.several': '该名称指向 {count} 家公司',
  'popover.close': '关闭',
  'popover.disableSite': '在此网站停用',
  'popover.notThat': '这不是那家公司',
  'popover.stale': '这些数据已有 {days} 天未更新（上次确认于 {date}）。',
  'popover.position': '第 {index} 个标记，共 {count} 个',

  'banner.ban':
    '{name} 在美国财政部 NS-CMIC 清单上：自 {date} 起，美国人不得买卖其公开交易的证券。',
  'banner.banPending':
    '{name} 在美国财政部 NS-CMIC 清单上：自 {date}（{when}）起，美国人不得购买其公开交易的证券。',
  'banner.listed':
    '{name} 在美国国防部第 1260H 条清单上。没有投资禁令；国防部采购禁令自 {direct} 和 {indirect} 起生效。',
  'banner.details': '详情',
  'banner.dismiss': '关闭提示',
  'banner.label': '列名警告',

  'options.title': '制裁名单透镜选项',
  'options.data': '数据与同步',
  'sync.dataset': '数据：第 {version} 版，截至 {date}',
  'sync.source.bundled': '随扩展附带',
  'sync.source.feed': '来自数据源，安装于 {time}',
  'sync.lastSuccess': '上次成功同步：{time}',
  'sync.neverSucceeded': '上次成功同步：尚无（正在使用扩展附带的数据）',
  'sync.lastAttempt': '上次尝试：{time}',
  'sync.lastError': '上次错误（{time}）：{error}',
  'sync.noError': '没有错误。',
  'sync.running': '正在同步…',
  'sync.now': '立即同步',
  'sync.every': '扩展每 {hours} 小时检查一次数据源。',
  'sync.interrupted':
    '同步在完成前被中断（浏览器停止了扩展的后台进程）。没有任何更改；下次同步将重新开始。',
  'sync.result.updated': '已更新到第 {version} 版数据（截至 {date}）。',
  'sync.result.upToDate': '已是最新（第 {version} 版数据，截至 {date}）。',
  'sync.result.heldBack':
    '由于您已从第 {heldBack} 版退回，该版本不会再次安装；更新的版本会被安装。',
  'sync.rollback': '退回到之前的数据（第 {version} 版）',
  'sync.rolledBack': '已退回到第 {version} 版数据。',
  'sync.error.no-permission':
    '扩展没有访问数据源网站的权限：请重新设置数据源地址以授予权限。现有数据保持不变。',
  'sync.error.network': '无法连接数据源服务器（离线，或连接被拒绝或重置）：现有数据保持不变。',
  'sync.error.timeout': '数据源服务器未能及时响应：现有数据保持不变。',
  'sync.error.http': '数据源服务器返回 {status}：现有数据保持不变。',
  'sync.error.redirected': '数据源服务器将下载转到了另一个地址，扩展不会跟随：现有数据保持不变。',
  'sync.error.truncated': '下载在文件完整到达前中断：没有任何更改，现有数据保持不变。',
  'sync.error.too-large': '数据源文件超过扩展接受的大小：未应用，现有数据保持不变。',
  'sync.error.not-json': '下载的文件不是可读的数据源（可能不完整或是错误页面）：现有数据保持不变。',
  'sync.error.bad-envelope': '下载的文件不是制裁名单透镜的数据源：现有数据保持不变。',
  'sync.error.unsigned': '数据源没有签名：未应用。',
  'sync.error.unknown-key': '数据源使用本扩展不信任的密钥签名：未应用。',
  'sync.error.bad-signature': '数据源的签名不匹配：未应用。',
  'sync.error.bad-payload': '数据源的数据无法读取：未应用。',
  'sync.error.invalid-data': '数据源的数据未通过检查：未应用。',
  'sync.error.older': '数据源（第 {feedVersion} 版）比现有数据（第 {haveVersion} 版）旧：未应用。',
  'sync.error.storage': '浏览器无法保存此次更新：现有数据保持不变。',
  'sync.error.internal': '扩展内部出错：现有数据保持不变。',

  'feed.label': '数据源地址',
  'feed.default': '默认：本项目发布的数据源',
  'feed.mirror': '您选择的镜像',
  'feed.help': '镜像必须提供相同的已签名文件。扩展会请求访问该网站的权限，且仅限该网站。',
  'feed.input': '镜像地址',
  'feed.set': '使用此镜像',
  'feed.reset': '使用默认数据源',
  'feed.invalid': '请输入以 https:// 或 http:// 开头的地址。',
  'feed.denied': '未获得访问 {origin} 的权限：数据源地址未更改。',
  'feed.saved': '数据源地址现为 {url}。',

  'changes.title': '最近的更新',
  'changes.none': '尚无更新：当前数据为扩展附带的版本。',
  'changes.entry': '数据第 {from} 版 → 第 {to} 版（截至 {date}），{how}{time}',
  'changes.how.feed': '来自数据源，',
  'changes.how.bundled': '随扩展更新，',
  'changes.how.rollback': '由您退回，',
  'changes.company-added': '{name}：新增（{lists}）',
  'changes.company-removed': '{name}：已从数据中删除',
  'changes.listing-added': '{name}：列入{list}（{date}）',
  'changes.listing-removed': '{name}：{date} 的{list}列名已从数据中删除',
  'changes.event-added': '{name}，{list}：{event} {date}',
  'changes.event-removed': '{name}，{list}：不再有“{event} {date}”',
  'changes.date-changed': '{name}，{list}：{event}由 {from} 改为 {to}',
  'changes.names-changed': '{name}：名称或标识符有变化',
  'changes.more': '……另有 {count} 项',
  'changes.details': '{count} 家公司的来源或说明有变化。',
  'changes.programs': '某一名单的说明有变化。',
  'changes.matching': '在网页中查找名称的规则有变化。',
  'changes.nothing': '公司和列名没有变化。',

  'notify.title': '制裁名单透镜：您关注的公司有变化',
  'notify.message': '第 {version} 版数据的变化：{names}。',
  'notify.andMore': '{names}及另外 {count} 家公司',

  'relative.today': '今天',
};

export const zhCN: Messages = {
  ...zhBase,
  ...popupText.zhCN,
  ...lookupText.zhCN,
  ...panelText.zhCN,
  ...watchlistText.zhCN,
  ...preferencesText.zhCN,
  ...welcomeText.zhCN,
};
