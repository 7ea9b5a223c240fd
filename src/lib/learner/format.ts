const TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });
const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** "14:03" */
export const formatTime = (date: Date) => TIME.format(date);
/** "30 november 2026" */
export const formatDay = (date: Date | string) => DATE.format(typeof date === 'string' ? new Date(date) : date);
