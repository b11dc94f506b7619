// Preloaded into the Agents Playground (node --require): it listens on every interface by default;
// this forces each TCP server it starts onto 127.0.0.1 so the test never exposes a port beyond the machine.
const net = require("node:net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const callback = args.find((a) => typeof a === "function");
  const first = args[0];
  // listen(), listen(cb), listen(port[, host][, backlog][, cb]): keep the port, replace the host.
  if (first === undefined || typeof first === "function" || typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    const port = typeof first === "function" || first === undefined ? 0 : Number(first);
    return callback ? listen.call(this, port, "127.0.0.1", callback) : listen.call(this, port, "127.0.0.1");
  }
  // listen({ port, host, ... }[, cb]); a Unix socket path or a handle is left alone.
  if (first && typeof first === "object" && first.path === undefined && first.fd === undefined && first._handle === undefined) {
    return listen.call(this, { ...first, host: "127.0.0.1" }, ...args.slice(1));
  }
  return listen.apply(this, args);
};
