import type { Rng } from '../../matching/random.ts';
import type { Db } from '../../store/db.ts';
import type { FeedbackInput } from '../record-feedback.ts';
import { recordFeedbackBatch } from '../record-feedback.ts';
import type { SimMember, World } from './ground-truth.ts';
import { firstAnswer, meetingOutcome } from './ground-truth.ts';
import type { SimulatedPlatform } from './simulated-platform.ts';

/** What one community's members did with what was posted to them in one step. */
export interface StepOutcome {
  /** Per intro posted: members and whether it really clicked. */
  intros: { userIds: string[]; met: boolean; genuine: boolean }[];
}

/**
 * Plays the members of simulated communities: they read what was posted, maybe meet, and
 * answer with a reaction (first answer), after a nudge, or to a check-in, through
 * recordFeedback as the chat adapters do (its batch form, for speed).
 */
export class SimulatedMembers {
  readonly #truth = new Map<number, { met: boolean; genuine: boolean }>();
  readonly #byUser: Map<string, SimMember>;
  #answers: FeedbackInput[] = [];

  constructor(
    private readonly world: World,
    private readonly deps: { db: Db; clock: () => Date },
    private readonly rng: Rng,
  ) {
    this.#byUser = new Map(world.members.map((m) => [m.userId, m]));
  }

  /** Plays one step of round `round` (1-based): what bonds people may depend on it. */
  async react(platform: SimulatedPlatform, round: number): Promise<Map<string, StepOutcome>> {
    const { intros, directs } = platform.take();
    const byCommunity = new Map<string, StepOutcome>();
    for (const posted of intros) {
      const { delivery } = posted;
      const group = delivery.userIds.map((id) => this.#byUser.get(id)!);
      const truth = meetingOutcome(this.world, group, this.rng, round);
      this.#truth.set(delivery.introId, truth);
      const step = byCommunity.get(delivery.communityExternalId) ?? { intros: [] };
      step.intros.push({ userIds: delivery.userIds, ...truth });
      byCommunity.set(delivery.communityExternalId, step);
      for (const member of group) {
        if (this.rng() >= member.answers) continue;
        this.#answer(posted, member.userId, firstAnswer(member, truth, this.rng));
      }
    }
    for (const posted of directs) {
      const { delivery } = posted;
      if (delivery.kind === 'notice') continue;
      const member = this.#byUser.get(delivery.userId)!;
      const truth = this.#truth.get(delivery.introId);
      if (!truth) continue;
      // A reminder gets a little over half the usual willingness to answer.
      if (delivery.kind === 'nudge' && this.rng() < member.answers * 0.6)
        this.#answer(posted, member.userId, firstAnswer(member, truth, this.rng));
      if (delivery.kind === 'checkin' && this.rng() < member.answers)
        this.#answer(
          posted,
          member.userId,
          member.yesSayer || (truth.genuine && this.rng() < 0.8) ? 'in_touch' : 'not_in_touch',
        );
    }
    // Everyone's reactions of this step go through recordFeedback's batch form in one statement.
    const answers = this.#answers;
    this.#answers = [];
    await recordFeedbackBatch(this.deps, answers);
    return byCommunity;
  }

  #answer(
    posted: { channelId: string; messageId: string; delivery: { communityExternalId: string } },
    userId: string,
    answer: 'genuine' | 'transactional' | 'no_show' | 'in_touch' | 'not_in_touch',
  ): void {
    this.#answers.push({
      platform: 'offline',
      communityExternalId: posted.delivery.communityExternalId,
      userId,
      channelId: posted.channelId,
      messageId: posted.messageId,
      answer,
      source: 'reaction',
    });
  }
}
