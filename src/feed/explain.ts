/**
 * Fills in the `message` of the problems checkFeed found. The sentences
 * (problem-messages.ts) are loaded only now, when a feed has problems: the
 * widgets render at once and explain before their `care-feed-load` event.
 */
import type { FeedProblem } from './types.js';

type ProblemMessages = typeof import('./problem-messages.js');
const loadMessages = (): Promise<ProblemMessages> => import('./problem-messages.js');

/**
 * Sets each problem's message, in place, from `messages`; without them (or for
 * a code they do not know) the message names the code and the path.
 */
export function fillMessages(problems: FeedProblem[], messages: ProblemMessages | undefined): FeedProblem[] {
  for (const problem of problems) problem.message = messages?.problemMessage(problem) ?? `${problem.code} at ${problem.path}`;
  return problems;
}

/**
 * Loads the messages and fills them in (in place; the same problems may be
 * shared by every widget of one feed). Never rejects: when the messages cannot
 * be loaded, each problem says at least its code. `load` is for tests.
 */
export async function explainProblems(problems: FeedProblem[], load = loadMessages): Promise<FeedProblem[]> {
  let messages: ProblemMessages | undefined;
  try {
    messages = await load();
  } catch (error) {
    console.warn('care-widgets: could not load the feed problem messages (feed-problems.js); giving their codes.', error);
  }
  return fillMessages(problems, messages);
}
