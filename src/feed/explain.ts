/**
 * Fills in the words for the webmaster: the `message` of the problems checkFeed
 * found, and of a FeedError. The sentences (problem-messages.ts) are loaded only
 * now, when a feed has problems or fails: the widgets render at once and explain
 * before their `care-feed-load` or `care-feed-error` event.
 */
import type { FeedError } from './errors.js';
import { onDemand } from '../internal/on-demand.js';
import type { FeedProblem } from './types.js';

type ProblemMessages = typeof import('./problem-messages.js');
const loadMessages = (): Promise<ProblemMessages> => onDemand(() => import('./problem-messages.js'), import.meta.url);

/**
 * Sets each problem's message, in place, from `messages`; without them (or for
 * a code they do not know) the message names the code and the path.
 */
export function fillMessages(problems: FeedProblem[], messages: ProblemMessages | undefined): FeedProblem[] {
  for (const problem of problems) problem.message = messages?.problemMessage(problem) ?? `${problem.code} at ${problem.path}`;
  return problems;
}

/** Where a problem is, as a person finds it: its path, and the id of its entry (`sessions[1].place ("typo")`). */
export const problemPlace = ({ path, entry }: FeedProblem): string => (entry === undefined ? path : `${path} (${JSON.stringify(entry)})`);

/** Sets a FeedError's message, in place, from `messages`; it keeps its reason and facts for a reason they do not know. */
export function fillErrorMessage(error: FeedError, messages: ProblemMessages | undefined): FeedError {
  error.message = messages?.feedErrorMessage(error) ?? error.message;
  return error;
}

/** The messages, or undefined (said in the console) when they cannot be loaded. */
const messagesOrNone = (load: () => Promise<ProblemMessages>): Promise<ProblemMessages | undefined> =>
  load().catch((error: unknown) => {
    console.warn('care-widgets: could not load the feed problem messages; giving their codes.', error);
    return undefined;
  });

/**
 * Loads the messages and fills them in (in place; the same problems may be
 * shared by every widget of one feed). Never rejects: when the messages cannot
 * be loaded, each problem says at least its code. `load` is for tests.
 */
export async function explainProblems(problems: FeedProblem[], load = loadMessages): Promise<FeedProblem[]> {
  return fillMessages(problems, await messagesOrNone(load));
}

/** Gives a FeedError its words, in place (it keeps its reason and facts when they cannot be loaded). Never rejects. */
export async function explainError(error: FeedError, load = loadMessages): Promise<FeedError> {
  return fillErrorMessage(error, await messagesOrNone(load));
}
