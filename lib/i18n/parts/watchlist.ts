/** The watchlist and portfolio screen. */
import { part } from '../part.ts';

export const watchlistText = part(
  {
    'wl.title': 'Screen a portfolio',
    'wl.intro':
      'Paste tickers, ISINs or company names, or import a CSV exported from your brokerage. Your holdings stay in this browser.',
    'wl.pasteLabel': 'Tickers, ISINs or names, one per line',
    'wl.screen': 'Screen',
    'wl.import': 'Import CSV',
    'wl.importHelp':
      'A CSV or text file from a brokerage, up to {mb} MB. The symbol, ISIN or name column is found by its header; other columns are ignored.',
    'wl.openTab': 'Open in a tab',
    'wl.busy': 'Screening…',
    'wl.inFile': 'File: {name}. {text}',

    'wl.error.empty': 'The file is empty: there is nothing to screen.',
    'wl.error.too-large':
      'The file is larger than {mb} MB, far more than a portfolio export, so it was not read. Export only your positions, or split the file.',
    'wl.error.too-many': 'More than {limit} holdings: screen them in parts.',
    'wl.error.binary':
      'This is not a text file. Export your positions as CSV from your brokerage and import that file.',
    'wl.error.spreadsheet':
      'This looks like an Excel or other spreadsheet workbook. Save it as CSV (comma or semicolon separated) and import that file.',
    'wl.error.unclosed-quote':
      'The file is malformed: a quoted value that opens on line {line} is never closed. Nothing was screened.',
    'wl.error.no-column':
      'No column for a symbol, ticker, ISIN or name was found (the columns are: {columns}). Name the column that holds your securities “Symbol”, “ISIN” or “Name”, or paste them one per line.',
    'wl.error.no-holdings': 'The table has a symbol, ISIN or name column, but no holdings in it.',
    'wl.error.read': 'The file could not be read.',
    'wl.error.screen':
      'The screening failed: the extension did not answer as expected. Try again; if it keeps failing, reload the extension.',
    'wl.error.withDetail': '{text} (technical detail: {detail})',

    'wl.readTable':
      'Read {count} holdings from the table on line {line} (columns used: {columns}); {skipped} other lines skipped.',
    'wl.readList': 'Read {count} holdings, one per line.',
    'wl.summary':
      '{total} holdings: {designated} designated, {possible} to check, {history} formerly listed, {none} not on the covered lists.',
    'wl.coverage':
      'Screened against the Treasury NS-CMIC list, the DoD Section 1260H list and the DoD Section 1237 list, with data as of {date}.',
    'wl.notCovered':
      '“Not on the covered lists” does not mean cleared: other lists, such as OFAC’s SDN list or the Commerce Department’s Entity List, are not screened.',
    'wl.funds':
      'Funds and ETFs are not looked through: a fund holding these companies is not flagged here, although the NS-CMIC ban also reaches securities that give exposure to them.',

    'wl.caption': 'Screening result',
    'wl.col.holding': 'Holding',
    'wl.col.company': 'Company',
    'wl.col.lists': 'Lists',
    'wl.col.deadline': 'Key deadline',
    'wl.col.watch': 'Watchlist',
    'wl.result.designated': 'Designated',
    'wl.result.history': 'Formerly listed',
    'wl.result.possible': 'Possible match, check',
    'wl.result.none': 'Not on the covered lists',
    'wl.possible': 'Not counted as designated. Check whether this holding is:',
    'wl.by.isin': 'by ISIN {text}',
    'wl.by.ticker': 'by ticker {text}',
    'wl.by.ticker.delisted':
      'by ticker {text}, which is delisted there: the symbol may now belong to another company',
    'wl.by.ticker.unconfirmed':
      'by ticker {text}, which the sources do not confirm: check that it is this company',
    'wl.by.name': 'by name “{text}”',
    'wl.line': 'line {line}',
    'wl.quantity': 'quantity {quantity}',
    'wl.deadline': '{what}: {date} ({when})',
    'wl.dl.purchase-ban': 'Purchase ban',
    'wl.dl.divestment-deadline': 'Divestment deadline',
    'wl.dl.procurement-direct': 'DoD contracting ban',
    'wl.dl.procurement-indirect': 'DoD ban on goods and services sourced from it',
    'wl.noDeadline': 'No deadline in force',
    'wl.watch': 'Watch',
    'wl.watching': 'Watching',
    'wl.watchLabel': 'Watch {name}: notify me when its data changes',
    'wl.watchAll': 'Watch all designated ({count})',
    'wl.export': 'Export CSV',
    'wl.exportName': 'designation-screen-{date}.csv',

    'wl.listTitle': 'Your watchlist',
    'wl.listEmpty':
      'No companies on your watchlist yet. Screen your holdings and watch the designated ones.',
    'wl.listHelp':
      'When an update changes the data of a watched company, you get a notification (if notifications are on in the options). The watchlist stays in this browser.',
    'wl.entered': 'entered as {label}, added {date}',
    'wl.notInData':
      'No longer in the data: an update removed this company, or it was added with other data. It is kept until you remove it.',
    'wl.remove': 'Remove',
    'wl.removeLabel': 'Remove {name} from the watchlist',

    'wl.csv.line': 'Line',
    'wl.csv.entered': 'Holding (as entered)',
    'wl.csv.symbol': 'Symbol',
    'wl.csv.isin': 'ISIN',
    'wl.csv.name': 'Name',
    'wl.csv.exchange': 'Exchange',
    'wl.csv.quantity': 'Quantity',
    'wl.csv.result': 'Result',
    'wl.csv.company': 'Company',
    'wl.csv.matchedBy': 'Matched',
    'wl.csv.lists': 'Lists and status',
    'wl.csv.deadline': 'Key deadline',
    'wl.csv.deadlineDate': 'Deadline date',
    'wl.csv.asOf': 'Data as of',
    'wl.csv.coverage': 'Coverage',
    'wl.csv.coverageText':
      'Screened: Treasury NS-CMIC, DoD 1260H and DoD 1237 lists. Not screened: OFAC SDN list, Entity List and other lists. Funds and ETFs are not looked through. Not legal advice.',
  },
  {
    'wl.title': '筛查投资组合',
    'wl.intro':
      '粘贴股票代码、ISIN 或公司名称，或导入从券商导出的 CSV 文件。您的持仓只保留在本浏览器中。',
    'wl.pasteLabel': '股票代码、ISIN 或名称，每行一个',
    'wl.screen': '筛查',
    'wl.import': '导入 CSV',
    'wl.importHelp':
      '券商导出的 CSV 或文本文件，最大 {mb} MB。按表头识别代码、ISIN 或名称列；其他列会被忽略。',
    'wl.openTab': '在标签页中打开',
    'wl.busy': '正在筛查…',
    'wl.inFile': '文件：{name}。{text}',

    'wl.error.empty': '文件是空的：没有可筛查的内容。',
    'wl.error.too-large':
      '文件超过 {mb} MB，远大于一般的持仓导出文件，因此未读取。请只导出持仓，或将文件拆分。',
    'wl.error.too-many': '持仓超过 {limit} 条：请分批筛查。',
    'wl.error.binary': '这不是文本文件。请从券商将持仓导出为 CSV，再导入该文件。',
    'wl.error.spreadsheet':
      '这似乎是 Excel 或其他电子表格工作簿。请另存为 CSV（逗号或分号分隔）后再导入。',
    'wl.error.unclosed-quote':
      '文件格式有误：第 {line} 行开始的带引号的值没有结束引号。未进行筛查。',
    'wl.error.no-column':
      '没有找到代码、ISIN 或名称列（现有列：{columns}）。请将存放证券的列命名为“代码”“ISIN”或“名称”，或每行粘贴一个。',
    'wl.error.no-holdings': '表格中有代码、ISIN 或名称列，但没有任何持仓。',
    'wl.error.read': '无法读取该文件。',
    'wl.error.screen':
      '筛查失败：扩展程序没有按预期响应。请重试；如果仍然失败，请重新加载扩展程序。',
    'wl.error.withDetail': '{text}（技术细节：{detail}）',

    'wl.readTable':
      '从第 {line} 行的表格读取了 {count} 条持仓（使用的列：{columns}）；跳过了其他 {skipped} 行。',
    'wl.readList': '读取了 {count} 条持仓，每行一条。',
    'wl.summary':
      '共 {total} 条持仓：{designated} 条被列入名单，{possible} 条需核实，{history} 条曾被列入，{none} 条不在所涵盖的名单上。',
    'wl.coverage':
      '已对照美国财政部 NS-CMIC 名单、国防部第 1260H 条名单和国防部第 1237 条名单筛查，数据截至 {date}。',
    'wl.notCovered':
      '“不在所涵盖的名单上”并不表示没有问题：其他名单（如 OFAC 的 SDN 名单或商务部的实体清单）未被筛查。',
    'wl.funds':
      '不穿透基金和 ETF：持有这些公司的基金不会在此标出，但 NS-CMIC 禁令同样适用于提供这些公司敞口的证券。',

    'wl.caption': '筛查结果',
    'wl.col.holding': '持仓',
    'wl.col.company': '公司',
    'wl.col.lists': '名单',
    'wl.col.deadline': '关键期限',
    'wl.col.watch': '关注列表',
    'wl.result.designated': '已列入名单',
    'wl.result.history': '曾被列入',
    'wl.result.possible': '可能匹配，请核实',
    'wl.result.none': '不在所涵盖的名单上',
    'wl.possible': '未计为已列入。请核实该持仓是否为：',
    'wl.by.isin': '按 ISIN {text}',
    'wl.by.ticker': '按股票代码 {text}',
    'wl.by.ticker.delisted': '按股票代码 {text}，但该代码已在该交易所退市，现在可能属于另一家公司',
    'wl.by.ticker.unconfirmed': '按股票代码 {text}，但该代码未经来源证实，请核实是否为该公司',
    'wl.by.name': '按名称“{text}”',
    'wl.line': '第 {line} 行',
    'wl.quantity': '数量 {quantity}',
    'wl.deadline': '{what}：{date}（{when}）',
    'wl.dl.purchase-ban': '购买禁令',
    'wl.dl.divestment-deadline': '撤资期限',
    'wl.dl.procurement-direct': '国防部签约禁令',
    'wl.dl.procurement-indirect': '国防部对源自该公司的商品和服务的禁令',
    'wl.noDeadline': '没有生效中的期限',
    'wl.watch': '关注',
    'wl.watching': '已关注',
    'wl.watchLabel': '关注 {name}：其数据变化时通知我',
    'wl.watchAll': '关注所有已列入名单的公司（{count}）',
    'wl.export': '导出 CSV',
    'wl.exportName': 'designation-screen-{date}.csv',

    'wl.listTitle': '您的关注列表',
    'wl.listEmpty': '关注列表中还没有公司。筛查您的持仓，并关注已列入名单的公司。',
    'wl.listHelp':
      '当更新改变了所关注公司的数据时，您会收到通知（如果在选项中开启了通知）。关注列表只保存在本浏览器中。',
    'wl.entered': '输入为 {label}，添加于 {date}',
    'wl.notInData':
      '已不在数据中：某次更新移除了该公司，或它是依据其他数据添加的。在您移除之前会一直保留。',
    'wl.remove': '移除',
    'wl.removeLabel': '将 {name} 从关注列表中移除',

    'wl.csv.line': '行',
    'wl.csv.entered': '持仓（按输入）',
    'wl.csv.symbol': '代码',
    'wl.csv.isin': 'ISIN',
    'wl.csv.name': '名称',
    'wl.csv.exchange': '交易所',
    'wl.csv.quantity': '数量',
    'wl.csv.result': '结果',
    'wl.csv.company': '公司',
    'wl.csv.matchedBy': '匹配依据',
    'wl.csv.lists': '名单与状态',
    'wl.csv.deadline': '关键期限',
    'wl.csv.deadlineDate': '期限日期',
    'wl.csv.asOf': '数据截至',
    'wl.csv.coverage': '涵盖范围',
    'wl.csv.coverageText':
      '已筛查：财政部 NS-CMIC、国防部 1260H 和国防部 1237 名单。未筛查：OFAC SDN 名单、实体清单及其他名单。不穿透基金和 ETF。不构成法律意见。',
  },
);
