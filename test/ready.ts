// The address a started server prints ("ready at http://localhost:PORT/"), read from its output; the
// promise fails with the end of that output when the server exits first.
import type { ChildProcess } from "node:child_process";

export function readyAddress(child: ChildProcess, label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = "";
    const onData = (b: Buffer) => {
      log += b.toString();
      const m = /ready at (http:\/\/localhost:\d+)\//.exec(log);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${label} exited with ${code}:\n${log.slice(-3000)}`)));
  });
}
