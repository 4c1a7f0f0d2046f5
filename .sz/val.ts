import { parseFeed } from '../src/feed/validate.ts';
console.log(parseFeed);
