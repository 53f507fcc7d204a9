/**
 * `npm run admin -- <command> [arguments]`: sends one operator command to
 * the running server through the admin socket beside its database
 * (WOOTROOM_DB, as for the server) and prints the outcome. Exits 0 on
 * success, 1 on any failure, 2 for a command it cannot send.
 */
import { checkRequest, helpText } from './admin/commands';
import {
  adminSocketPath,
  AdminUnreachable,
  sendAdminCommand,
} from './admin/client';
import { readConfig } from './config';

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    say(helpText());
    return command ? 0 : 2;
  }

  const problem = checkRequest({ command, args });
  if (problem) {
    complain(`error: ${problem}`);
    return 2;
  }

  const { dbPath } = readConfig();
  const path = adminSocketPath(dbPath);
  try {
    const reply = await sendAdminCommand(path, { command, args });
    if (reply.ok) say(reply.message);
    else complain(`error: ${reply.error}`);
    return reply.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof AdminUnreachable) {
      complain(
        `error: no Wootroom server is running for ${dbPath} ` +
          `(nothing answers at ${path}). Start it, or set WOOTROOM_DB ` +
          'to the database the server uses.',
      );
    } else {
      complain(`error: ${(error as Error).message}`);
    }
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
