/** The duration choices staff pick from, in the wire codes. */
import type {
  BanDuration,
  MuteDuration,
  WaitlistBanDuration,
} from '../../protocol';
import type { Choice } from './SanctionForm';

export const MUTE_FOR: Choice<MuteDuration>[] = [
  { value: 's', label: '15 minutes' },
  { value: 'm', label: '30 minutes' },
  { value: 'l', label: '45 minutes' },
];

export const BAN_FOR: Choice<BanDuration>[] = [
  { value: 'h', label: 'An hour' },
  { value: 'd', label: 'A day' },
  { value: 'f', label: 'Forever' },
];

export const WAITLIST_BAN_FOR: Choice<WaitlistBanDuration>[] = [
  { value: 's', label: '15 minutes' },
  { value: 'm', label: 'An hour' },
  { value: 'l', label: 'A day' },
  { value: 'f', label: 'Forever' },
];

/** Forever is for managers and up. */
export const notForever = <T extends string>(
  list: Choice<T>[],
  forever: boolean,
) => (forever ? list : list.filter((choice) => choice.value !== 'f'));
