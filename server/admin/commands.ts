/**
 * The operator's commands, shared by the command line (help, argument
 * checks before connecting) and the server (which checks again). One JSON
 * line each way: `{command, args}` in, an `AdminReply` out.
 */
import { signupBody } from '../../src/protocol';

export interface AdminRequest {
  command: string;
  args: string[];
}

export type AdminReply =
  { ok: true; message: string } | { ok: false; error: string };

export interface CommandSpec {
  usage: string;
  summary: string;
  /** An error message, or null when the arguments are fine. */
  check(args: string[]): string | null;
}

export const MAX_MESSAGE_LENGTH = 500;
export const MAX_ALERT_MINUTES = 24 * 60;

const none = (args: string[]) =>
  args.length === 0 ? null : 'takes no arguments';

export const COMMANDS: Record<string, CommandSpec> = {
  broadcast: {
    usage: 'broadcast <text>',
    summary: 'show a message from the operators to everyone online',
    check(args) {
      const text = args.join(' ').trim();
      if (text === '') return 'needs the text to send';
      if (text.length > MAX_MESSAGE_LENGTH) {
        return `text is longer than ${MAX_MESSAGE_LENGTH} characters`;
      }
      return null;
    },
  },
  'maintenance-alert': {
    usage: 'maintenance-alert <minutes>',
    summary: 'warn everyone that maintenance starts in that many minutes',
    check(args) {
      const [minutes, ...rest] = args;
      const n = Number(minutes);
      const valid = /^\d+$/.test(minutes ?? '') && n <= MAX_ALERT_MINUTES;
      if (!valid || rest.length > 0) {
        return `needs one whole number of minutes, 0 to ${MAX_ALERT_MINUTES}`;
      }
      return null;
    },
  },
  maintenance: {
    usage: 'maintenance on|off',
    summary: 'start or end maintenance: REST answers maintenanceMode',
    check: (args) =>
      args.length === 1 && (args[0] === 'on' || args[0] === 'off')
        ? null
        : 'needs "on" or "off"',
  },
  update: {
    usage: 'update',
    summary: 'tell every client a new version is out, offering a reload',
    check: none,
  },
  rename: {
    usage: 'rename <username> <newname>',
    summary: "change a user's name and tell them and their room",
    check(args) {
      if (args.length !== 2) return 'needs the current and the new username';
      const valid = signupBody.shape.username.safeParse(args[1]);
      return valid.success
        ? null
        : 'the new name must be 2-24 letters, digits, _ . or -';
    },
  },
  help: {
    usage: 'help',
    summary: 'list these commands',
    check: none,
  },
};

/** The reason a request is refused before it runs, or null. */
export function checkRequest({ command, args }: AdminRequest): string | null {
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : null;
  if (!spec) return `unknown command "${command}"; try "help"`;
  const problem = spec.check(args);
  return problem ? `${command}: ${problem} (usage: ${spec.usage})` : null;
}

export function helpText(): string {
  const specs = Object.values(COMMANDS);
  const width = Math.max(...specs.map((spec) => spec.usage.length));
  const lines = specs.map(
    (spec) => `  ${spec.usage.padEnd(width)}  ${spec.summary}`,
  );
  return [
    'Usage: npm run admin -- <command> [arguments]',
    '',
    'Commands (sent to the running server through its admin socket,',
    '<WOOTROOM_DB>.admin.sock):',
    ...lines,
  ].join('\n');
}
