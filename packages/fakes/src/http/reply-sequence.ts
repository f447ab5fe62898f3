import type { ReceivedRequest, TestHandler, TestReply } from './test-server.js';

/**
 * A handler that answers with `replies` in order, then repeats the last one: a scripted
 * 429 → 500 → 200 in one line. A reply may also be a handler, for the turns that need the request.
 */
export function replySequence(...replies: readonly (TestReply | TestHandler)[]): TestHandler {
  if (replies.length === 0) throw new RangeError('replySequence needs at least one reply');
  let next = 0;
  return (request: ReceivedRequest) => {
    const reply = replies[Math.min(next, replies.length - 1)] as TestReply | TestHandler;
    next++;
    return typeof reply === 'function' ? reply(request) : reply;
  };
}
