/** The popup's lookup: search box, results, the no-result coverage message. */
import { part } from '../part.ts';

export const lookupText = part(
  {
    'popup.searchLabel': 'Look up a company, ticker or ISIN',
    'popup.searchPlaceholder': 'Company, ticker or ISIN',
    'popup.noResults':
      'No company matching “{query}” on the lists this extension covers (data as of {date}).',
    'popup.results': '{count} results',
    'popup.back': 'Back to results',
    'popup.matchedBy': 'matched {field}: {text}',
    'field.name': 'name',
    'field.ticker': 'ticker',
    'field.isin': 'ISIN',
  },
  {
    'popup.searchLabel': '查询公司、股票代码或 ISIN',
    'popup.searchPlaceholder': '公司、股票代码或 ISIN',
    'popup.noResults': '在本扩展涵盖的名单中没有与“{query}”匹配的公司（数据截至 {date}）。',
    'popup.results': '{count} 个结果',
    'popup.back': '返回结果',
    'popup.matchedBy': '匹配的{field}：{text}',
    'field.name': '名称',
    'field.ticker': '股票代码',
    'field.isin': 'ISIN',
  },
);
