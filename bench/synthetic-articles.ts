/**
 * Deterministic, news-like synthetic articles (~900 words, several quotes, reported speech,
 * dates) for benchmarks and load tests. Written from templates for this project.
 */
const SPEAKERS = [
  ['President', 'Elena Marsh', 'Valdoria'],
  ['Foreign Minister', 'Tomas Okafor', 'Kestrel'],
  ['Prime Minister', 'Ingrid Halvorsen', 'Nordmark'],
  ['Defence Minister', 'Rafael Quintero', 'Costa Brava'],
  ['Supreme Leader', 'Amir Dastani', 'Persara'],
  ['Secretary of State', 'Jonah Whitfield', 'Columbia'],
] as const;

const VERBS = ['said', 'told reporters', 'warned', 'insisted', 'added', 'declared'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const QUOTES = [
  'We will not negotiate while our people are under pressure, and no one should mistake patience for weakness',
  'The door to diplomacy remains open, but it will not stay open forever',
  'If they cross this line, we will respond with everything we have, at a time of our choosing',
  'Our position has not changed since last year, whatever the newspapers say',
  'There can be no agreement without inspectors on the ground and full access to every site',
  'We are ready to talk through trusted friends, as we always have been',
];
const FILLER = [
  'Officials in the capital spent the week in a series of closed meetings whose agenda was not published.',
  'Analysts noted that the statement came only days after a sharp exchange between the two governments at the regional summit.',
  'Markets reacted cautiously, with the currency losing ground in early trading before recovering most of its losses by the afternoon.',
  'Diplomats from three neighbouring states were reported to be carrying messages between the two sides, though none would confirm it on the record.',
  'The parliament is expected to debate a motion on the matter next month, and several factions have already signalled their opposition.',
  'Earlier in the year, a similar warning had been followed by weeks of silence, a pattern that observers say has eroded its weight.',
  'Satellite images published by an independent research group showed new construction near the coast, which the government described as civilian.',
  'The ministry released a short video of the meeting, in which the two delegations could be seen shaking hands but not speaking.',
];

const pick = <T>(items: readonly T[], n: number): T =>
  items[((n % items.length) + items.length) % items.length] as T;

/**
 * The i-th synthetic article: deterministic, so that runs compare.
 * @example syntheticArticle(0).split(/\s+/).length // about 900
 */
export const syntheticArticle = (i: number): string => {
  const paragraphs: string[] = [`Report ${i}: ${pick(SPEAKERS, i)[2]} and the question of talks`];
  let words = 0;
  let k = 0;
  while (words < 880) {
    const [title, name, country] = pick(SPEAKERS, i + k);
    const surname = name.split(' ')[1];
    const verb = pick(VERBS, i * 7 + k);
    const day = ((i + k) % 27) + 1;
    const month = pick(MONTHS, i + k * 3);
    const quote = pick(QUOTES, i * 3 + k);
    // A few quotes and reported statements, among mostly descriptive paragraphs.
    const kind = k % 8 < 4 ? k % 8 : 4;
    let paragraph: string;
    if (kind === 0)
      paragraph = `${title} ${name} of ${country} ${verb} on ${month} ${day} that the government would review its options. ${pick(FILLER, i + k)}`;
    else if (kind === 1)
      paragraph = `“${quote},” ${surname} ${verb} in a speech to supporters. ${pick(FILLER, i + k + 1)} ${pick(FILLER, i + k + 2)}`;
    else if (kind === 2)
      paragraph = `${pick(FILLER, i + k + 3)} According to a senior official who asked not to be named, the talks could resume “within weeks, not months”. ${pick(FILLER, i + k + 4)}`;
    else
      paragraph = `Ten days earlier, ${name} had struck a different tone. “${pick(QUOTES, i + k + 1)},” ${pick(['he', 'she'], i + k)} said. ${pick(FILLER, i + k + 5)}`;
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
    k++;
  }
  return paragraphs.join('\n\n');
};
