/** server-node-options.mjs: the Node options of the server and worker processes */
export declare const SERVER_NODE_OPTIONS: string[];
