/**
 * The UI language: English or Simplified Chinese, following the browser unless the user picks
 * one in the options. Dates are formatted for the language; "how far off" uses the platform's
 * relative-time wording.
 */
import { en, type MessageKey, type Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { dayNumber } from '../data/dates.ts';

export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

const CATALOGS: Record<Lang, Messages> = { en, 'zh-CN': zhCN };

export interface I18n {
  lang: Lang;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A calendar date (YYYY-MM-DD) for reading: "2 Aug 2021" / "2021年8月2日". */
  date(iso: string): string;
  /** An instant with its time, for sync times. */
  dateTime(iso: string): string;
  /** A day count relative to today: "in 221 days", "3 days ago", "today". */
  relative(days: number): string;
  /** Items joined as the language joins them: "a, b and c" / "a、b和c". */
  list(items: readonly string[]): string;
}

/** The language for a browser locale such as "zh-CN", "zh-TW" or "en-US". */
export function langFor(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The language to show: the user's choice in the options, or the browser's. */
export function chosenLang(choice: 'auto' | Lang, browserLocale: string | undefined): Lang {
  return choice === 'auto' ? langFor(browserLocale) : choice;
}

export function createI18n(lang: Lang): I18n {
  const catalog = CATALOGS[lang];
  // The formatters are built on first use: creating an Intl formatter loads locale data, which
  // costs tens of milliseconds, and the content script on a page with nothing to show never
  // needs one.
  let formats: {
    date: Intl.DateTimeFormat;
    dateTime: Intl.DateTimeFormat;
    relative: Intl.RelativeTimeFormat;
    list: Intl.ListFormat;
  } | null = null;
  const f = () =>
    (formats ??= {
      // English dates day-month-year ("2 Aug 2021"): unambiguous for readers on both sides of the Atlantic.
      date: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
        day: 'numeric',
        month: lang === 'en' ? 'short' : 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      dateTime: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
        dateStyle: 'medium',
        timeStyle: 'short',
      }),
      relative: new Intl.RelativeTimeFormat(lang === 'en' ? 'en' : 'zh-CN', { numeric: 'auto' }),
      list: new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { type: 'conjunction' }),
    });
  return {
    lang,
    t(key, params) {
      const text = catalog[key];
      if (!params) return text;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        params[name] === undefined ? whole : String(params[name]),
      );
    },
    date(iso) {
      const days = dayNumber(iso);
      return Number.isNaN(days) ? iso : f().date.format(new Date(days * 86_400_000));
    },
    dateTime(iso) {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : f().dateTime.format(d);
    },
    list(items) {
      return f().list.format(items);
    },
    relative(days) {
      return days === 0 ? catalog['relative.today'] : f().relative.format(days, 'day');
    },
  };
}
