/**
 * Node options of the server and worker processes. A busy hall allocates many short-lived objects
 * (requests, replies, socket packets); larger young-generation semi-spaces let most of them die
 * before a scavenge copies them. The province load spent about a fifth of the server's CPU in the
 * garbage collector with Node's default 16 MB (docs/performance.md).
 */
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=64'];
