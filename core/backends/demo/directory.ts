/**
 * Made-up people, numbers and places for the demo contact center. Nothing here is real.
 */
import type { Party } from '../../store/state.js';
import type { Random } from './random.js';

const GIVEN = [
  'Wei',
  'Fang',
  'Li',
  'Min',
  'Jun',
  'Ying',
  'Hao',
  'Lei',
  'Anna',
  'Ben',
  'Chloe',
  'David',
  'Emma',
  'Felix',
  'Grace',
  'Hugo',
  'Iris',
  'Jonas',
  'Kara',
  'Liam',
  'Mia',
  'Noah',
  'Olga',
  'Paul',
];
const FAMILY = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Schmidt',
  'Miller',
  'Garcia',
  'Rossi',
  'Dubois',
  'Novak',
  'Tanaka',
  'Kim',
  'Silva',
  'Berg',
];
const PLACES = [
  'Shanghai',
  'Beijing',
  'Shenzhen',
  'Hangzhou',
  'Chengdu',
  'Guangzhou',
  'Wuhan',
  'Nanjing',
  "Xi'an",
  'Suzhou',
  'Berlin',
  'Lyon',
  'Madrid',
];

export function personName(random: Random): string {
  return `${random.pick(GIVEN)} ${random.pick(FAMILY)}`;
}

/** A mainland mobile number such as 13812345678. */
export function mobileNumber(random: Random): string {
  return `1${random.pick(['38', '39', '58', '86', '77', '35'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

export function customer(random: Random): Party {
  return {
    number: mobileNumber(random),
    displayName: personName(random),
    location: random.pick(PLACES),
  };
}
