// Time formats osquery uses in its tables and logs, and the names behind them.
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
export const TIMEZONES = ['UTC', 'EST', 'PST', 'CET', 'BST', 'JST', 'IST']

/** osquery's `calendarTime` format: "Mon Jan  8 12:34:56 2024 UTC". */
export function calendarTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${WEEKDAYS[date.getUTCDay()].slice(0, 3)} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, ' ')} ` +
    `${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} ${date.getUTCFullYear()} UTC`
}

/** mm/dd/yyyy, as osquery shows install and boot dates. */
export const stamp = (unix: number) => {
  const d = new Date(unix * 1000)
  return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`
}
