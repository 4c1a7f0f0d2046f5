/**
 * Phone numbers as feed keepers write them, and what each dials (`undefined`: no number, so no call link): one
 * table for the tests of the digits' reader and of the call links made of them (contacts.test.ts); the widgets' links of
 * numbers as pasted are contact-links.test.ts's.
 */
export const WRITTEN_NUMBERS: { what: string; cases: [written: string, dialled: string | undefined, how?: string][] }[] = [
  {
    what: 'the digits of a number as people write it',
    cases: [
      ['988', '988'],
      ['(217) 555-0100', '2175550100'],
      ['217.555.0100', '2175550100'],
      ['+44 20 7946 0000', '+442079460000'],
      ['1-800-273-TALK', '18002738255'],
      ['1-800-suicide', '18007842433'],
    ],
  },
  {
    what: 'only the first number of a line that says more, never digits of two run together',
    cases: [
      ['999 or 112', '999'],
      ['112 (or 999)', '112'],
      ['112 / 999', '112'],
      ['112/999', '112'],
      ['988, press 1', '988'],
      ['988 (press 1)', '988'],
      ['988 then press 1', '988'],
      ['1 800 273 8255 then press 1', '18002738255'],
      ['0800 111 0 111 free', '08001110111'],
      ['555-0100 ask for Ann', '5550100'],
      ['1-800-273-TALK (8255)', '18002738255'],
      ['Text HOME to 741741', '741741'],
      ['Open 9-5, call 555-0100', '5550100'],
    ],
  },
  {
    what: 'a word spelled on the keypad wherever it stands in the number, never part of it',
    cases: [
      ['1 800 FLOWERS', '18003569377'],
      ['(800) FLOWERS', '8003569377'],
      ['1 (800) 273-TALK', '18002738255'],
      ['1-800-GO-FEDEX', '18004633339'],
      ['1-800-Suicide', '18007842433'],
      // Words of the line after the number are not dialled.
      ['555-0100 TTY', '5550100'],
      ['(217) 555-0100 (Mon-Fri)', '2175550100'],
      ['10AM-5PM: 555-0100', '5550100'],
      // Letters joined to the number that spell no word: its digits alone would dial someone else.
      ['1-800-go-fedex', undefined],
      ['555-01OO', undefined],
    ],
  },
  {
    // A free number of the US and Canada (1-800, 888, 877…) followed by a word is spelled on the keypad, in either
    // case, also after a space: "1 800" alone dials no one.
    what: 'a word spelled on the keypad in small letters or capitals, after a space too',
    cases: [
      ['1 800 flowers', '18003569377'],
      ['1 800 Flowers', '18003569377'],
      ['1-800 flowers', '18003569377'],
      ['(800) flowers', '8003569377'],
      ['1 800 273 talk', '18002738255'],
      ['1 (800) 273 Talk', '18002738255'],
      ['1-800-273-talk', '18002738255'],
      ['877 helpnow', '8774357669'],
    ],
  },
  {
    what: 'the number and never the hours written with it',
    cases: [
      ['24/7 555-0100', '5550100'],
      ['24/7: 0800 111 222', '0800111222'],
      ['24-hour 555-0100', '5550100'],
      ['24 hours: 555-0100', '5550100'],
      ['24h 555-0100', '5550100'],
      ['24x7 555-0100', '5550100'],
      ['555-0100 (24/7)', '5550100'],
    ],
  },
  {
    what: 'an extension after a pause, as a phone does with a comma',
    cases: [
      ['(217) 555-0100 ext. 23', '2175550100,23'],
      ['555-0100 Extension 23', '5550100,23'],
      ['555-0100 x23', '5550100,23'],
      ['555-0100x23', '5550100,23'],
      // A comma in the text is "or", not a pause.
      ['999,112', '999'],
    ],
  },
  {
    // Two digits in a line that says more are no number: hours, a range.
    what: 'a number of two digits written alone, as emergency numbers are (15, 17 and 18 in France)',
    cases: [
      ['15', '15'],
      ['17', '17'],
      ['18', '18'],
      [' 17 ', '17'],
      ['\u0661\u0667', '17'],
      ['Open 9-5', undefined],
      ['15 minutes', undefined],
    ],
  },
  {
    // A national number keeps its trunk 0.
    what: 'an international number as written in its own country or from abroad',
    cases: [
      ['+44 (0)20 7946 0000', '+442079460000'],
      ['+44 (0) 7700 900123', '+447700900123'],
      ['00 44 7700 900123', '+447700900123'],
      ['0044 20 7946 0000', '+442079460000'],
      ['020 7946 0000', '02079460000'],
    ],
  },
  {
    // From a word processor (an en dash, a non-breaking hyphen), from a right-to-left page (invisible direction marks,
    // Arabic-Indic digits), or as written in Germany ("0800/111 0 111"): the whole number, never the digits before the
    // first character the rules did not know.
    what: 'the whole number as feed keepers paste it',
    cases: [
      ['(217) 555\u20130100', '2175550100', 'an en dash'],
      ['555 \u2013 0100', '5550100', 'an en dash with spaces'],
      ['1\u2011800\u2011273\u20118255', '18002738255', 'non-breaking hyphens'],
      ['1\u2012800\u2012273\u20128255', '18002738255', 'figure dashes'],
      ['555\u22120100', '5550100', 'a minus sign'],
      ['\u200E+972 3\u200E 555 0100', '+97235550100', 'left-to-right marks'],
      ['\u200F03-555-0100', '035550100', 'a right-to-left mark'],
      ['\u202A+972-3-555-0100\u202C', '+97235550100', 'an embedding around it'],
      ['\u2066(217) 555-0100\u2069', '2175550100', 'an isolate around it'],
      ['\u0669\u0661\u0661', '911', 'Arabic-Indic digits'],
      ['\u06F0\u06F2\u06F1 \u06F5\u06F5\u06F5 \u06F0\u06F1\u06F0\u06F0', '0215550100', 'Persian digits'],
      ['\u0967\u0967\u0968', '112', 'Devanagari digits'],
      ['\uFF11\uFF11\uFF10', '110', 'full-width digits'],
      ['030/12345678', '03012345678', 'an area code with a slash'],
      ['0800/111 0 111', '08001110111', 'a free number with a slash'],
      ['+49 (0)30 1234\u20115678', '+493012345678', 'a country code, (0) and a non-breaking hyphen'],
    ],
  },
  {
    what: 'no number of text that is not one',
    cases: [
      ['ask at the desk', undefined],
      ['javascript:alert(1)', undefined],
      ['7', undefined],
      ['', undefined],
    ],
  },
];
