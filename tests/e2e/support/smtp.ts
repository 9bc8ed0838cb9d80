import { createServer, type Server } from "node:net";

// A real SMTP receiver on a free local port: the app's own mail path (nodemailer) talks
// SMTP to it and the test reads what arrived.
export type SmtpReceiver = { port: number; messages: string[]; close: () => Promise<void> };

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages: string[] = [];
  const server: Server = createServer((socket) => {
    let inData = false;
    let message = "";
    let buffered = "";
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split("\r\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (inData) {
          if (line === ".") {
            inData = false;
            messages.push(message);
            message = "";
            socket.write("250 queued\r\n");
          } else message += `${line.startsWith("..") ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 test\r\n");
        else if (verb === "DATA") {
          inData = true;
          socket.write("354 go on\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else if (line) socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The SMTP receiver has no port.");
  return { port: address.port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
