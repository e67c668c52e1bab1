/** The drawing area every chart shares, in SVG user units (the SVG scales to its box). */
export const FRAME = { width: 560, height: 240, left: 48, right: 16, top: 16, bottom: 44 } as const;

export const plotWidth = FRAME.width - FRAME.left - FRAME.right;
export const plotHeight = FRAME.height - FRAME.top - FRAME.bottom;

/** y for a value on a 0..max axis. */
export const yAt = (value: number, max: number): number => FRAME.top + plotHeight * (1 - value / max);
