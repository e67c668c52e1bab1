/** The counts of one set of intros (a round, an interest, a community) that rates divide. */
export interface OutcomeCounts {
  /** Intros delivered. */
  sent: number;
  /** Intros where at least one member gave a first answer. */
  answered: number;
  /** Answered intros where someone answered genuine or transactional. */
  met: number;
  /** Answered intros where someone answered genuine. */
  genuine: number;
  /** Intros where someone answered the check-in a month later. */
  checkedIn: number;
  /** Checked-in intros where someone said they are still in touch. */
  inTouch: number;
}

export interface RateDefinition {
  /** The one name the figure goes by, on every page. */
  name: string;
  /** What the rate is out of, for "12 of 40 answered intros". */
  of: string;
  /** The sentence shown beside the figure. */
  definition: string;
  numerator: (c: OutcomeCounts) => number;
  denominator: (c: OutcomeCounts) => number;
}

/**
 * Every outcome rate Kindred shows, defined once. Each counts intros, not answers: a pair
 * where both said "genuine" is one genuine intro, so a chatty pair does not weigh double.
 */
export const OUTCOME_RATES = {
  answered: {
    name: 'Answered rate',
    of: 'delivered intros',
    definition: 'Of the intros delivered, the share where at least one member said how it went.',
    numerator: (c) => Math.min(c.answered, c.sent),
    denominator: (c) => c.sent,
  },
  met: {
    name: 'Met rate',
    of: 'answered intros',
    definition: 'Of the answered intros, the share where the members met (genuine or transactional).',
    numerator: (c) => c.met,
    denominator: (c) => c.answered,
  },
  genuine: {
    name: 'Genuine-connection rate',
    of: 'answered intros',
    definition: 'Of the answered intros, the share where at least one member said it felt genuine.',
    numerator: (c) => c.genuine,
    denominator: (c) => c.answered,
  },
  inTouch: {
    name: 'Still-in-touch rate',
    of: 'checked-in intros',
    definition: 'Of the intros whose members answered the check-in a month later, the share still in touch.',
    numerator: (c) => c.inTouch,
    denominator: (c) => c.checkedIn,
  },
} as const satisfies Record<string, RateDefinition>;

export type RateKey = keyof typeof OUTCOME_RATES;
export const RATE_KEYS = Object.keys(OUTCOME_RATES) as RateKey[];

/** A rate's parts: k of n; the rate is k / n, undefined when n is 0. */
export function outcomeRate(key: RateKey, counts: OutcomeCounts): { k: number; n: number; rate?: number } {
  const def: RateDefinition = OUTCOME_RATES[key];
  const k = def.numerator(counts);
  const n = def.denominator(counts);
  return n > 0 ? { k, n, rate: k / n } : { k, n };
}

/**
 * What `kindred simulate` measures, which no real community can: whether each intro really
 * became a genuine connection in the simulation's hidden truth, answered or not. A
 * different figure from the genuine-connection rate, so it has a different name.
 */
export const TRUE_GENUINE_RATE = {
  name: 'true genuine rate',
  definition:
    'of all intros made, the share that became a genuine connection in the hidden ground truth ' +
    '(the dashboard’s genuine-connection rate counts answered intros only)',
} as const;
