import type { InterestCategory } from './interest-categories.ts';

// "{interest}" is replaced by the shared interest's name, "{Interest}" by the same with a
// capital first letter. Every template has to read well
// with any noun phrase ("chess", "board games", "food bank"), and none may steer the
// conversation towards work: Kindred introduces people as people.
export const ICEBREAKERS: Readonly<Record<InterestCategory, readonly string[]>> = {
  hobby: [
    'What got each of you into {interest}, and what keeps you coming back?',
    'What is one thing about {interest} you wish you had known when you started?',
    'Swap your best {interest} story: the proudest moment or the funniest disaster.',
  ],
  outdoors: [
    'What is the best place you have found for {interest}, and what made it special?',
    'Is there a {interest} trip you are still dreaming about? Compare wish lists.',
    'Trade your most memorable day of {interest}, good weather or bad.',
  ],
  games: [
    'What is the {interest} moment you still replay in your head?',
    'Which part of {interest} would you teach a complete beginner first?',
    'Winning or the game itself: what do you enjoy most about {interest}?',
  ],
  music: [
    'Which piece of music got you hooked on {interest}? Share it with each other.',
    'What is the best live moment you have had around {interest}?',
    'If you could spend a day with any {interest} legend, who would it be?',
  ],
  food: [
    'What is the one {interest} recipe or find you would insist the other tries?',
    'Trade your biggest {interest} triumph and your most spectacular flop.',
    'Where would you take each other for the perfect {interest} afternoon?',
  ],
  reading: [
    'Which recent find in {interest} would you press into the other one’s hands?',
    'Who or what first pulled you into {interest}?',
    'What is on your {interest} list for the next few months?',
  ],
  sports: [
    'How did you get started with {interest}, and what keeps you at it?',
    'What is your most memorable {interest} moment so far?',
    'Any {interest} goal you are chasing this year? Compare notes.',
  ],
  arts: [
    'Which piece of {interest} has stayed with you the longest?',
    'Show each other something you love in {interest}, made by you or by someone else.',
    'What first made you want to try {interest}?',
  ],
  crafts: [
    'What was the first thing you made through {interest}, and do you still have it?',
    'Show each other a {interest} project you are proud of, finished or not.',
    'Which {interest} skill are you trying to get better at right now?',
  ],
  // Causes are often bare nouns ("food bank"), which read badly mid-sentence, so these
  // templates lead with the cause as a topic: "Food bank: what first drew you to it?"
  cause: [
    '{Interest}: what first drew each of you to it?',
    '{Interest}: swap a moment from your volunteering that stuck with you.',
    '{Interest}: what would you tell someone about to help for the first time?',
  ],
  animals: [
    '{Interest}: swap stories about an animal you met and still think about.',
    '{Interest}: how did each of you first get involved?',
    '{Interest}: what would surprise people most about it?',
  ],
  environment: [
    '{Interest}: what is the most satisfying moment you have had so far?',
    '{Interest}: which place near you would you most like to see looked after? Compare ideas.',
    '{Interest}: what got each of you started?',
  ],
  education: [
    '{Interest}: what is a moment with someone you were helping that stayed with you?',
    '{Interest}: what has it taught you that you did not expect?',
    '{Interest}: how did each of you first get involved?',
  ],
  hunger: [
    '{Interest}: what is a moment from it that stayed with you?',
    '{Interest}: what would you tell a friend thinking of helping for the first time?',
    '{Interest}: how did each of you first get involved?',
  ],
  community: [
    '{Interest}: what drew each of you to it?',
    '{Interest}: what is a small win you are proud of?',
    '{Interest}: what does it give back to you?',
  ],
};

/** For groups that share nothing on paper yet: about the people, never their jobs. */
export const OPEN_ICEBREAKERS: readonly string[] = [
  'What is something you have wanted to try this year but have not yet?',
  'What is a small thing that made your week better?',
  'What do you do to switch off on a free afternoon?',
];
