/** The first-run page. */
import { part } from '../part.ts';

export const welcomeText = part(
  {
    'welcome.title': 'Designation Lens is installed',
    'welcome.what.title': 'What it does',
    'welcome.what':
      'On the pages you read, it marks the names of Chinese companies that US authorities have designated: the Treasury’s NS-CMIC list and the Department of Defense’s Section 1260H and 1237 lists. Point at a mark, or press Alt+Shift+L to move to the next one, to see which list, since when, and what it prohibits. The toolbar button looks up any company, ticker or ISIN.',
    'welcome.why.title': 'Why it asks to read all sites',
    'welcome.why':
      'To find those names it has to read the text of the pages you open, on whatever site they are. It reads them inside your browser and changes nothing on the page: the marks are drawn over the text.',
    'welcome.private.title': 'Nothing leaves your browser',
    'welcome.private':
      'What it reads stays on your computer. The only thing it downloads is the list of designations itself, the same file for everyone, from the project’s feed. No analytics, no tracking, no record of the sites you visit.',
    'welcome.limit.title': 'Limit it to sites you choose',
    'welcome.limit':
      'If you prefer, it can mark pages only on the sites you add in the options, and nowhere else.',
    'welcome.limit.button': 'Only on sites I choose',
    'welcome.limit.done':
      'Done: pages are marked only on the sites you choose. Add them in the options.',
    'welcome.limit.undo': 'Mark pages on every site again',
    'welcome.limit.all': 'Pages are marked on every site, except the sites you disable.',
    'welcome.options': 'Open the options',
  },
  {
    'welcome.title': '制裁名单透镜已安装',
    'welcome.what.title': '它的作用',
    'welcome.what':
      '在您阅读的网页上，它会标记被美国政府列入名单的中国公司名称：美国财政部 NS-CMIC 清单，以及美国国防部第 1260H 条和第 1237 条清单。将指针移到标记上，或按 Alt+Shift+L 跳到下一个标记，即可查看所属清单、列入日期及其禁止事项。点击工具栏按钮可查询任何公司、股票代码或 ISIN。',
    'welcome.why.title': '为什么需要读取所有网站',
    'welcome.why':
      '要找到这些名称，它必须读取您打开的网页文本，无论网页来自哪个网站。读取只在您的浏览器中进行，不会改动页面：标记是绘制在文字之上的。',
    'welcome.private.title': '任何信息都不会离开您的浏览器',
    'welcome.private':
      '它读取的内容只留在您的电脑上。它唯一下载的是名单数据本身：来自项目数据源、对所有人都相同的文件。没有分析统计，没有跟踪，也不记录您访问的网站。',
    'welcome.limit.title': '只在您选择的网站上使用',
    'welcome.limit': '如果您愿意，可以让它只在您于选项中添加的网站上标记页面，其他网站一律不标记。',
    'welcome.limit.button': '仅在我选择的网站上',
    'welcome.limit.done': '已设置：只在您选择的网站上标记页面。请在选项中添加网站。',
    'welcome.limit.undo': '重新在所有网站上标记',
    'welcome.limit.all': '将在所有网站上标记页面，您停用的网站除外。',
    'welcome.options': '打开选项',
  },
);
