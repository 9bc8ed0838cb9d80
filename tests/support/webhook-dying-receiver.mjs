// A receiver in its own process that is killed (SIGKILL, no answer, no clean close) the
// moment a webhook reaches it: what a receiver crashing mid-delivery looks like.
import http from "node:http";

const server = http.createServer((request) => {
  request.on("data", () => undefined);
  request.on("end", () => {
    process.stdout.write(`got ${request.headers["webhook-id"]}\n`, () => process.kill(process.pid, "SIGKILL"));
  });
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`port ${server.address().port}\n`));
