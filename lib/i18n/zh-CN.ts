/** Simplified Chinese UI text; the keys mirror en.ts. */
import type { Messages } from './en.ts';

export const zhCN: Messages = {
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

  'popup.searchLabel': '查询公司、股票代码或 ISIN',
  'popup.searchPlaceholder': '公司、股票代码或 ISIN',
  'popup.noResults': '在本扩展涵盖的名单中没有与“{query}”匹配的公司（数据截至 {date}）。',
  'popup.results': '{count} 个结果',
  'popup.back': '返回结果',
  'popup.matchedBy': '匹配的{field}：{text}',
  'field.name': '名称',
  'field.ticker': '股票代码',
  'field.isin': 'ISIN',

  'relative.today': '今天',
};
