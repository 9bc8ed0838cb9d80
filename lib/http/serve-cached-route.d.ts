// Types for serve-cached-route.js (plain JavaScript: the server front runs it without a loader).
import type { IncomingMessage, ServerResponse } from "node:http";
export declare function serveCachedRoute(req: IncomingMessage, res: ServerResponse): boolean;
