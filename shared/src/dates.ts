/** Today's calendar date as YYYY-MM-DD in UTC; deadlines are whole days. */
export function todayIsoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether a listing with this deadline (YYYY-MM-DD, inclusive) no longer takes applications. */
export function isPastDeadline(deadline: string | null | undefined, today: string = todayIsoDate()): boolean {
  return deadline != null && deadline < today;
}
