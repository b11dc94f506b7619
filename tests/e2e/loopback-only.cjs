// Preloaded into the Agents Playground (node --require): it listens on every interface by default;
// this forces each server it starts onto 127.0.0.1 so the test never exposes a port beyond the machine.
const net = require("node:net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "number" || typeof args[0] === "string" && /^\d+$/.test(args[0])) {
    const port = Number(args[0]);
    const rest = args.slice(1).filter((a) => typeof a === "function" || typeof a === "number");
    return listen.call(this, port, "127.0.0.1", ...rest.filter((a) => typeof a === "function"));
  }
  if (args[0] && typeof args[0] === "object" && !Array.isArray(args[0]) && args[0].path === undefined) {
    return listen.call(this, { ...args[0], host: "127.0.0.1" }, ...args.slice(1));
  }
  return listen.apply(this, args);
};
