/**
 * The options page's preferences: lists, style, sites, language, settings file; and what a page
 * says when a preference could not be stored (the first-run page too).
 */
import { part } from '../part.ts';

export const preferencesText = part(
  {
    'prefs.lists.title': 'Lists',
    'prefs.lists.legend': 'Mark companies on these lists',
    'prefs.history':
      'Show listings that ended (removed, vacated by a court, superseded) as history',
    'prefs.banner':
      'Show a warning on quote and trading pages whose security is designated with an investment ban or a DoD listing',

    'prefs.appearance.title': 'Marks',
    'prefs.style.legend': 'Style',
    'prefs.style.underline': 'Underline',
    'prefs.style.background': 'Coloured background',
    'prefs.palette.legend': 'Colours',
    'prefs.palette.standard': 'Standard: red, amber, grey',
    'prefs.palette.colour-blind': 'For colour-blind readers: blue, orange, grey',
    'prefs.palette.high-contrast': 'High contrast: strong red, orange, grey',
    'prefs.preview.title': 'Preview',
    'prefs.preview.text':
      '{ban} shares may not be bought by US persons; {listed} is on a DoD list without an investment ban; {history} was listed until a court vacated the listing.',
    'prefs.preview.name.ban': 'Hikvision',
    'prefs.preview.name.listed': 'COMAC',
    'prefs.preview.name.history': 'Xiaomi',
    'prefs.preview.key.ban': '{name}: investment ban',
    'prefs.preview.key.listed': '{name}: listed, no investment ban',
    'prefs.preview.key.history': '{name}: history, the listing ended',

    'prefs.sites.title': 'Sites',
    'prefs.paused': 'Pause on every site',
    'prefs.siteMode.legend': 'Where to mark pages',
    'prefs.siteMode.all': 'On every site, except the sites I disable',
    'prefs.siteMode.chosen': 'Only on sites I choose',
    'prefs.sites.disabled': 'Disabled sites',
    'prefs.sites.disabledNone':
      'No site is disabled. “Disable on this site” in a mark’s details adds the site here, and so does the field below.',
    'prefs.sites.chosen': 'Sites I chose',
    'prefs.sites.chosenNone': 'No site chosen yet.',
    'prefs.sites.chosenEmpty':
      'No site is chosen, so no page is marked: add the sites where the extension should work.',
    'prefs.sites.inactive': 'Not in use while pages are marked only on the sites you choose.',
    'prefs.sites.inactiveChosen': 'Not in use while pages are marked on every site.',
    'prefs.sites.remove': 'Remove',
    'prefs.sites.removeLabel': 'Remove {site}',
    'prefs.sites.chosen.input': 'Site to choose',
    'prefs.sites.chosen.add': 'Add site',
    'prefs.sites.disabled.input': 'Site to disable',
    'prefs.sites.disabled.add': 'Disable site',
    'prefs.sites.empty': 'Enter a site first, such as example.com.',
    'prefs.sites.invalid':
      '“{input}” is not a site name or address. Enter one such as example.com.',
    'prefs.sites.added': '{site} added.',
    'prefs.sites.already': '{site} is already on the list.',
    'prefs.sites.private':
      'Site lists stay in this browser: they are never synced to your account.',

    'prefs.language.title': 'Language',
    'prefs.language.legend': 'Language of the extension',
    'prefs.language.auto': 'Same as the browser (now {lang})',
    'prefs.language.en': 'English',
    'prefs.language.zh-CN': '简体中文',

    'prefs.notifications.title': 'Updates and notifications',
    'prefs.interval': 'Check the feed for new data',
    'prefs.interval.hours': 'every {hours} hours',
    'prefs.notifications': 'Notify me when an update changes a company on my watchlist',

    'prefs.file.title': 'Settings file',
    'prefs.file.help':
      'Save your preferences, site lists and watchlist in a file, to keep or to load in another browser. The feed address is not included.',
    'prefs.file.export': 'Export settings',
    'prefs.file.import': 'Import settings from a file',
    'prefs.file.exported': 'Settings saved as {file}.',
    'prefs.file.imported': 'Settings imported from {file}.',
    'prefs.file.error.too-large':
      'That file is too large to be a settings file (over 1 MB). Nothing was changed.',
    'prefs.file.error.unreadable': 'That file could not be read. Nothing was changed.',
    'prefs.file.error.not-json':
      'That file is not a settings file (it is not JSON). Nothing was changed.',
    'prefs.file.error.not-settings':
      'That file is not a Designation Lens settings file. Nothing was changed.',
    'prefs.file.error.newer-format':
      'That file was made by a newer version of the extension (format {version}): update the extension, then import it again. Nothing was changed.',
    'prefs.file.error.empty': 'That settings file holds no settings. Nothing was changed.',
    'prefs.file.error.newer-item':
      'Part of that file ({item}) comes from a newer version of the extension (version {version}): update the extension, then import it again. Nothing was changed.',
    'prefs.file.error.invalid-item':
      'Part of that file ({item}) is not valid. Nothing was changed.',
    'prefs.file.error.invalid-value':
      'Part of that file ({item}) is not valid, at {path}. Nothing was changed.',
    'prefs.file.error.failed': 'The settings could not be stored. Nothing was changed.',
    'prefs.file.error.rate-limit':
      'The settings could not be stored: too many changes in a short time. Wait a minute, then import the file again. Nothing was changed.',
    'prefs.file.error.quota':
      'The settings could not be stored: they do not fit in the browser’s storage for extension settings. Nothing was changed.',
    'prefs.file.error.export': 'The settings could not be exported. Try again.',
    'prefs.file.item.preferences': 'preferences',
    'prefs.file.item.sites': 'site lists',
    'prefs.file.item.watchlist': 'watchlist',

    // A preference that could not be stored (storage.sync limits how much and how often).
    'save.error.rate-limit':
      'That change was not saved: too many changes in a short time. Wait a minute, then try again.',
    'save.error.quota':
      'That change was not saved: the browser’s storage for extension settings is full.',
    'save.error.other': 'That change was not saved. Try again, or reload the page.',
  },
  {
    'prefs.lists.title': '清单',
    'prefs.lists.legend': '标记以下清单上的公司',
    'prefs.history': '以“历史”样式显示已结束的列名（已移除、被法院撤销、被取代）',
    'prefs.banner': '当行情或交易页面上的证券受投资禁令或被列入国防部清单时，显示警告',

    'prefs.appearance.title': '标记',
    'prefs.style.legend': '样式',
    'prefs.style.underline': '下划线',
    'prefs.style.background': '彩色背景',
    'prefs.palette.legend': '颜色',
    'prefs.palette.standard': '标准：红、琥珀、灰',
    'prefs.palette.colour-blind': '适合色觉障碍者：蓝、橙、灰',
    'prefs.palette.high-contrast': '高对比度：鲜红、橙、灰',
    'prefs.preview.title': '预览',
    'prefs.preview.text':
      '美国人士不得购买{ban}的股票；{listed}在国防部清单上，但没有投资禁令；{history}曾被列入清单，后被法院撤销。',
    'prefs.preview.name.ban': '海康威视',
    'prefs.preview.name.listed': '中国商飞',
    'prefs.preview.name.history': '小米',
    'prefs.preview.key.ban': '{name}：投资禁令',
    'prefs.preview.key.listed': '{name}：已列入清单，无投资禁令',
    'prefs.preview.key.history': '{name}：历史，列名已结束',

    'prefs.sites.title': '网站',
    'prefs.paused': '在所有网站上暂停',
    'prefs.siteMode.legend': '在哪些网站上标记',
    'prefs.siteMode.all': '所有网站，我停用的网站除外',
    'prefs.siteMode.chosen': '仅在我选择的网站上',
    'prefs.sites.disabled': '已停用的网站',
    'prefs.sites.disabledNone':
      '没有停用的网站。在标记详情中点击“在此网站停用”，或使用下面的输入框，即可将网站添加到这里。',
    'prefs.sites.chosen': '我选择的网站',
    'prefs.sites.chosenNone': '尚未选择网站。',
    'prefs.sites.chosenEmpty':
      '尚未选择任何网站，因此不会标记任何页面：请添加扩展程序应工作的网站。',
    'prefs.sites.inactive': '仅在所选网站上标记时，此列表不起作用。',
    'prefs.sites.inactiveChosen': '在所有网站上标记时，此列表不起作用。',
    'prefs.sites.remove': '移除',
    'prefs.sites.removeLabel': '移除 {site}',
    'prefs.sites.chosen.input': '要选择的网站',
    'prefs.sites.chosen.add': '添加网站',
    'prefs.sites.disabled.input': '要停用的网站',
    'prefs.sites.disabled.add': '停用网站',
    'prefs.sites.empty': '请先输入网站，例如 example.com。',
    'prefs.sites.invalid': '“{input}”不是网站名称或地址。请输入例如 example.com 的网站。',
    'prefs.sites.added': '已添加 {site}。',
    'prefs.sites.already': '{site} 已在列表中。',
    'prefs.sites.private': '网站列表只保存在此浏览器中，绝不会同步到您的账户。',

    'prefs.language.title': '语言',
    'prefs.language.legend': '扩展程序的语言',
    'prefs.language.auto': '与浏览器相同（当前为{lang}）',
    'prefs.language.en': 'English',
    'prefs.language.zh-CN': '简体中文',

    'prefs.notifications.title': '更新与通知',
    'prefs.interval': '检查数据源是否有新数据',
    'prefs.interval.hours': '每 {hours} 小时',
    'prefs.notifications': '当更新改变我关注列表中的公司时通知我',

    'prefs.file.title': '设置文件',
    'prefs.file.help':
      '将您的偏好设置、网站列表和关注列表保存到文件中，以便保留或在其他浏览器中载入。文件不包含数据源地址。',
    'prefs.file.export': '导出设置',
    'prefs.file.import': '从文件导入设置',
    'prefs.file.exported': '设置已保存为 {file}。',
    'prefs.file.imported': '已从 {file} 导入设置。',
    'prefs.file.error.too-large': '该文件太大（超过 1 MB），不可能是设置文件。未做任何更改。',
    'prefs.file.error.unreadable': '无法读取该文件。未做任何更改。',
    'prefs.file.error.not-json': '该文件不是设置文件（不是 JSON）。未做任何更改。',
    'prefs.file.error.not-settings': '该文件不是制裁名单透镜的设置文件。未做任何更改。',
    'prefs.file.error.newer-format':
      '该文件由较新版本的扩展程序生成（格式 {version}）：请先更新扩展程序，再重新导入。未做任何更改。',
    'prefs.file.error.empty': '该设置文件不包含任何设置。未做任何更改。',
    'prefs.file.error.newer-item':
      '该文件的一部分（{item}）来自较新版本的扩展程序（版本 {version}）：请先更新扩展程序，再重新导入。未做任何更改。',
    'prefs.file.error.invalid-item': '该文件的一部分（{item}）无效。未做任何更改。',
    'prefs.file.error.invalid-value': '该文件的一部分（{item}）无效，位置：{path}。未做任何更改。',
    'prefs.file.error.failed': '无法保存设置。未做任何更改。',
    'prefs.file.error.rate-limit':
      '无法保存设置：短时间内更改次数过多。请等待一分钟，然后重新导入该文件。未做任何更改。',
    'prefs.file.error.quota':
      '无法保存设置：浏览器为扩展程序设置提供的存储空间不足。未做任何更改。',
    'prefs.file.error.export': '无法导出设置。请重试。',
    'prefs.file.item.preferences': '偏好设置',
    'prefs.file.item.sites': '网站列表',
    'prefs.file.item.watchlist': '关注列表',

    'save.error.rate-limit': '该更改未保存：短时间内更改次数过多。请等待一分钟后再试。',
    'save.error.quota': '该更改未保存：浏览器为扩展程序设置提供的存储空间已满。',
    'save.error.other': '该更改未保存。请重试，或重新载入页面。',
  },
);
