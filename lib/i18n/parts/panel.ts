/** The popup's page panel: what the current tab contains. */
import { part } from '../part.ts';

export const panelText = part(
  {
    'panel.loading': 'Reading what this page contains…',
    'panel.noTab': 'There is no page open in this window.',
    'panel.error':
      'What this page contains could not be read from the extension. Close the popup and open it again.',
    'panel.gone': 'This tab has been closed.',
    'panel.restricted':
      'Browsers do not let extensions read this kind of page (browser settings, new tabs, extension stores), so Designation Lens has not checked it.',
    'panel.unreachable':
      'Designation Lens has not read this page. If it was open before the extension was installed or updated, a reload lets it read the page; browser pages and extension stores cannot be read at all.',
    'panel.reload': 'Reload the page',
    'panel.off.paused':
      'Designation Lens is paused everywhere, so this page on {host} was not checked.',
    'panel.off.site-disabled':
      'Designation Lens is turned off on {host}, so this page was not checked.',
    'panel.off.not-chosen':
      'Designation Lens runs only on the sites you chose, and {host} is not one of them, so this page was not checked.',
    'panel.turnOn.paused': 'Resume everywhere',
    'panel.turnOn.site-disabled': 'Turn on for {host}',
    'panel.turnOn.not-chosen': 'Add {host} to my sites',
    'panel.found': 'Designated companies on this page ({host}): {count}',
    'panel.none': 'No company on the {lists} was found on this page ({host}; data as of {date}).',
    'panel.noLists':
      'Every list is switched off in the options, so nothing was looked for on this page ({host}).',
    'panel.listsOff': 'Switched off in the options, so not looked for: {lists}.',
    'panel.historyOff': 'Listings that ended are hidden (options).',
    'panel.notCovered':
      'Not covered by this extension: OFAC’s SDN list, the Commerce Department’s Entity and Military End-User lists, the FCC Covered List, the UFLPA Entity List. Finding nothing here is not a clearance of anything the page mentions.',
    'panel.listLabel': 'Companies on this page',
    'panel.mentions': '{count}×',
    'panel.mentionsSpoken': '{count} mentions on the page',
    'panel.showHint': 'Show {name} on the page',
    'panel.dataAsOf': 'Data as of {date}. Click a company to see it on the page.',
    'panel.detach': 'Keep this list open in a window',
    'panel.list.ofac-ns-cmic': 'NS-CMIC',
    'panel.list.dod-1260h': '1260H',
    'panel.list.dod-1237': '1237',
    'panel.severity.ban': 'investment ban',
    'panel.severity.listed': 'listed',
    'panel.severity.history': 'history',
  },
  {
    'panel.loading': '正在读取本页内容…',
    'panel.noTab': '此窗口中没有打开的网页。',
    'panel.error': '无法从扩展程序读取本页内容。请关闭弹出窗口后重新打开。',
    'panel.gone': '此标签页已关闭。',
    'panel.restricted':
      '浏览器不允许扩展程序读取此类页面（浏览器设置、新标签页、扩展商店），因此制裁名单透镜未检查此页。',
    'panel.unreachable':
      '制裁名单透镜尚未读取此页。如果此页在安装或更新扩展之前已打开，重新加载后即可读取；浏览器页面和扩展商店完全无法读取。',
    'panel.reload': '重新加载此页',
    'panel.off.paused': '制裁名单透镜已在所有网站暂停，因此未检查 {host} 上的此页。',
    'panel.off.site-disabled': '制裁名单透镜已在 {host} 上关闭，因此未检查此页。',
    'panel.off.not-chosen': '制裁名单透镜只在您选择的网站上运行，{host} 不在其中，因此未检查此页。',
    'panel.turnOn.paused': '在所有网站恢复',
    'panel.turnOn.site-disabled': '在 {host} 上开启',
    'panel.turnOn.not-chosen': '将 {host} 加入我的网站',
    'panel.found': '本页（{host}）上的被列名公司：{count} 家',
    'panel.none': '在本页（{host}）上未发现{lists}中的公司（数据截至 {date}）。',
    'panel.noLists': '所有名单都已在选项中关闭，因此未在本页（{host}）上查找任何内容。',
    'panel.listsOff': '已在选项中关闭、因此未查找：{lists}。',
    'panel.historyOff': '已结束的列名被隐藏（选项）。',
    'panel.notCovered':
      '本扩展未涵盖：OFAC 的 SDN 名单、美国商务部的实体清单和军事最终用户清单、FCC 受管制清单、UFLPA 实体清单。在此未发现任何内容，并不表示本页提及的任何公司已被澄清。',
    'panel.listLabel': '本页上的公司',
    'panel.mentions': '{count} 次',
    'panel.mentionsSpoken': '在本页出现 {count} 次',
    'panel.showHint': '在页面上显示{name}',
    'panel.dataAsOf': '数据截至 {date}。点击公司即可在页面上查看。',
    'panel.detach': '在单独的窗口中保持此列表',
    'panel.list.ofac-ns-cmic': 'NS-CMIC',
    'panel.list.dod-1260h': '1260H',
    'panel.list.dod-1237': '1237',
    'panel.severity.ban': '投资禁令',
    'panel.severity.listed': '已列名',
    'panel.severity.history': '历史记录',
  },
);
