/**
 * Every message the program says to its user, in one catalogue (as Vega-Lite's log/message.ts): the
 * located data errors of the validator and the letter checks, the command-line errors, and what a
 * command prints when it cannot finish. The code says a message only through this file, and the
 * tests check a message through it, so a rule's words are written once. Messages are in English;
 * the site and the letters (in Dutch) are content, not messages.
 *
 * A data error names its place (`file:line:column`, src/errors.ts) and, in its message, what was
 * expected; each rule is triggered by a test (test/unit/rules.test.ts lists them).
 */

const list = (xs: readonly (string | number)[]) => xs.join(', ');

// ---------------------------------------------------------------------------------------------
// The command line (src/cli/command.ts)

export const cli = {
  unknownOption: (option: string) => `unknown option ${option}`,
  missingValue: (option: string) => `${option} needs a value`,
  noValue: (option: string) => `${option} takes no value`,
  valueLooksLikeOption: (option: string, value: string) =>
    `${option} needs a value, found the option ${value}; write ${option}=${value} if that is the value`,
  unexpectedArgument: (arg: string) => `unexpected argument "${arg}"`,
  missingArguments: (names: readonly string[]) => `expected ${names.map((n) => `<${n}>`).join(' ')}`,
  tooManyArguments: (names: readonly string[], extra: string) =>
    `expected ${names.map((n) => `<${n}>`).join(' ')}, found also "${extra}"`,
  notOneOf: (option: string, found: string, allowed: readonly string[]) =>
    `${option}: expected one of ${list(allowed)}, found "${found}"`,
  notWholeNumber: (option: string, found: string, min: number) =>
    `${option}: expected a whole number of at least ${min}, found "${found}"`,
  emptyFolder: (option: string) => `${option}: expected a folder`,
  usage: (usage: string) => `usage: ${usage}`,
  /** The one line of a fault in the program, and how to see more. */
  fault: (message: string) =>
    `internal error: ${message} (a fault in the program, not in the data or the command line; --debug prints the stack)`,
  /** A fault that ended the process outside a command's own work (an unhandled rejection). */
  faultOutside: (message: string) => `internal error outside the command: ${message}`,
};

// ---------------------------------------------------------------------------------------------
// A build and what it leaves (src/build.ts, src/runtime/output.ts)

export const build = {
  invalidData: (dataDir: string, count: number, outDir: string) =>
    `The data in ${dataDir}/ has ${count} error(s); ${outDir}/ was left as it was.`,
  built: (out: string, s: { pages: number; pdfs: number; charts: number; dataFiles: number; ms: number }) =>
    `built ${out}/: ${s.pages} pages, ${s.pdfs} PDFs, ${s.charts} charts, ${s.dataFiles} data files in ${(s.ms / 1000).toFixed(1)} s`,
  sourcesDisagree: (
    figure: string,
    used: { at: string; value: string; source: string; rank: string },
    others: readonly { at: string; value: string; source: string }[],
  ) =>
    `sources disagree on ${figure}: the site and the letters use ${used.value} (${used.at}, ${used.source}: ${used.rank}); ` +
    `${others.map((o) => `${o.value} at ${o.at} (${o.source})`).join(', ')} is shown beside it as "Bronnen verschillen"`,
  seedsAbsent: (dir: string, figures: number) =>
    `${dir} is absent: the quotes of ${figures} figure(s) cited to the source letters there were not checked`,
  windows1252: (file: string, encoding: string) =>
    `${file}: not UTF-8; read as ${encoding} (Excel's older "CSV" format). Saving it as "CSV UTF-8" avoids this.`,
  sourceDateEpoch: (found: string) => `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${found}"`,
  siteUrlNotAddress: (found: string) => `SITE_URL ${JSON.stringify(found)} is not an address; give one such as https://mpp.example.nl/`,
  siteUrlProtocol: (protocol: string) => `SITE_URL must start with https:// or http://, not ${protocol}`,
  siteUrlQuery: () => 'SITE_URL must not have a query or fragment',
  siteUrlMissing: (local: string) =>
    `warning: SITE_URL is not set, so the canonical links, Open Graph, sitemap.xml, robots.txt, the feed, the citation lines and the chart downloads point at ${local}. ` +
    'For a site to publish, build with SITE_URL=https://… npm run build.',
  templateUndefined: (where: string, what: string) =>
    `${where}: ${what} is undefined or null (the site's templates may not output a missing value)`,
};

export const output = {
  refuse: (shown: string, why: string, advice: string) => `refusing to write into ${shown}: ${why}. ${advice}.`,
  chooseAnother: (option: string, example: string) => `Choose another ${option}, such as ${example}`,
  removeOrChoose: (option: string) => `Remove it or choose another ${option}`,
  isProject: (project: string) => `it is or contains the project (${project}), which the build would delete`,
  holdsData: (data: string) => `it is or contains the data folder (${data}), which the build would delete`,
  insideData: (data: string) => `it lies inside the data folder (${data})`,
  holdsGit: () => 'it holds a git repository (.git), which the build would delete',
  isSite: (site: string) => `it is the project's site folder (${site}), which npm run build writes`,
  otherKind: (marker: string, kind: string) =>
    kind === 'site'
      ? `it holds a built site (so its ${marker} says), which this would replace`
      : `it holds the review page of npm run diff -- --visual (so its ${marker} says), which this would replace`,
  notBuildOutput: (marker: string) => `the folder is not empty and is not a previous build output (it has no ${marker})`,
};

export const letterPrint = {
  network: (letter: string, blocked: readonly string[]) => `${letter}: the letter asked for network resources, which are blocked: ${list(blocked)}`,
  fonts: (letter: string) => `${letter}: the Fira Sans fonts did not load`,
  failed: (letter: string, what: string) => (what.startsWith(letter) ? what : `${letter}: ${what}`),
  chromium: (letter: string, retried: boolean, what: string) =>
    `${letter}: Chromium failed while printing this letter${retried ? ', also on a second try with a new page' : ''} (${what}). ` +
    'The previous output was left as it was; run the build again, and if it keeps failing, check that the machine has memory to spare.',
};

// ---------------------------------------------------------------------------------------------
// The machine the program runs on (src/runtime/browser.ts)

export const browser = {
  pathMissing: (variable: string, p: string) => `${variable} is set to ${p}, but there is no file there.`,
  notFound: (looked: readonly string[]) =>
    'No Chromium found. Install one (Debian: apt-get update && apt-get install -y chromium, or run npm run setup) ' +
    `or set CHROME_PATH to a Chromium or Chrome binary. Looked in: ${list(looked)}.`,
};

// ---------------------------------------------------------------------------------------------
// Reading a CSV file (src/data/decode.ts, csv.ts, load.ts)

export const file = {
  missing: (name: string) => `missing file; the data set needs ${name}`,
  missingForLetters: (name: string) => `missing file; the letters need ${name}`,
  utf16: () => 'the file is UTF-16 ("Unicode-tekst"); save it as "CSV UTF-8"',
  unknownEncoding: (byte: number) =>
    `the file is neither UTF-8 nor Windows-1252 (byte 0x${byte.toString(16).padStart(2, '0')}); save it as "CSV UTF-8"`,
  mixedEncoding: () => 'the file mixes UTF-8 with another encoding from here on; save it as "CSV UTF-8" and check this character',
  malformed: (papaMessage: string) => `malformed CSV: ${papaMessage}`,
  cellCount: (expected: number, found: number, delimiter: string) =>
    `expected ${expected} cells as in the header, found ${found} (check the separator "${delimiter}" and quoting)`,
  missingColumn: (column: string, expected: readonly string[]) => `missing column "${column}"; expected the columns ${list(expected)}`,
  unknownColumn: (expected: readonly string[]) => `unknown column; expected one of ${list(expected)}`,
  duplicateColumn: () => 'column appears twice in the header',
  control: (code: number) =>
    `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}); remove it: the excerpt is published as it is`,
  moreErrors: (omitted: number, listed: number) =>
    `${omitted} more error(s) from here on are not listed: at most ${listed} errors are reported per run; fix these and run again`,
  link: (target: string) =>
    `a symbolic link (to ${JSON.stringify(target)}); the data set is read from regular files inside the data folder only, ` +
    'so nothing from elsewhere is published: put the file itself here',
};

// ---------------------------------------------------------------------------------------------
// One cell against its column's format (src/data/schema.ts)

export const cell = {
  empty: (what: string) => `expected ${what}, found an empty cell`,
  slug: () => 'expected a lowercase id of letters, digits and hyphens, such as asylum-inflow-total',
  pageSlug: () => 'expected lowercase letters, digits and hyphens, such as totale-asielinstroom',
  edition: () => 'expected an edition id: a year (2025), year-month (2022-02) or year-half (2024-I, 2024-II)',
  editionOrEmpty: () =>
    'expected an edition id: a year (2025), year-month (2022-02) or year-half (2024-I, 2024-II), or an empty cell',
  monthOrDate: () => 'expected a date YYYY-MM-DD or a month YYYY-MM',
  noSuchDate: () => 'no such day in the calendar (April, June, September and November have 30 days, February 28 or 29)',
  period: () =>
    'expected a period: YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-MM, YYYY-Www, YYYY-MM-DD, an interval YYYY-MM-DD/YYYY-MM-DD, ' +
    'or one open at one end: YYYY-MM-DD/.. (from that day on, "per 2027") or ../YYYY-MM-DD (up to that day, start not given)',
  region: () => 'expected a CBS region code (GM0363, PV27, VR13) or an empty cell for national',
  year: () => 'expected a four-digit year such as 2023',
  thousands: (found: string) =>
    `expected a number without thousands separators (write ${found.replace(/[.,]/g, '')}); "${found}" is ambiguous`,
  number: () => 'expected a number such as 69800 or 2.5',
  tooManyDigits: (found: number, max: number) =>
    `expected a number of at most ${max} digits (a larger one is not exact in the computations), found ${found} digits`,
  decimalComma: (example: string) =>
    `a decimal comma in a comma-separated file: write ${example} with a decimal point (a decimal comma is read only in a semicolon-separated file)`,
  control: (code: number, position: number) =>
    `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}) at character ${position} of the cell; ` +
    'remove it (it is invisible, and in a download or a terminal it could ring, hide text or change colours)',
  negative: () => 'expected a number of zero or more; counts and costs cannot be negative',
  percentage: () => 'expected a percentage from 0 to 100',
  webAddress: () => 'expected a web address starting with https:// or http://, or an empty cell',
  oneOf: (values: readonly string[]) => `expected one of: ${list(values)}`,
  oneOfOrEmpty: (values: readonly string[]) => `expected one of: ${list(values)}, or an empty cell`,
  scenarioList: (allowed: readonly string[], unknown: readonly string[]) =>
    `expected scenarios from ${list(allowed)} separated by |; unknown: ${list(unknown)}`,
  basis: (allowed: readonly string[]) =>
    `expected a scenario (${list(allowed)}) or two joined by .. for a scenario between them, such as medio..maximum`,
  unitList: (allowed: readonly string[], unknown: readonly string[]) =>
    `expected units from ${list(allowed)} separated by |, or an empty cell; unknown: ${list(unknown)}`,
  textFile: (example: string) => `expected a file name such as ${example}, or an empty cell`,
};

// ---------------------------------------------------------------------------------------------
// Rows against each other and against other tables (src/data/validate.ts, load.ts)

export const table = {
  duplicate: (key: readonly string[], line: number) =>
    `duplicate figure: the same ${list(key)} as line ${line}; keep one row or correct the key`,
  duplicateSlug: (line: number) => `the slug is already the address of the indicator on line ${line}; give each indicator its own`,
  unknownReference: (what: string, known: readonly string[]) => `unknown ${what}; expected one of: ${list(known)}`,
  noCostsInPriceYear: (year: number) => `no costs in costs.csv have price year ${year}`,
  basisNotInEdition: (scenarios: readonly string[]) =>
    `the basis scenario must be one of the edition's scenarios (${list(scenarios)}), or two of them joined by .. for a scenario between them`,
  betweenOrder: (low: string, high: string) =>
    `a scenario between two is written lower..higher, such as medio..maximum; ${low} is not below ${high}`,
  publishedAfterSource: (published: string, source: string, date: string) =>
    `the edition is published ${published}, after ${source} (${date}) that reports it; published is when its figures first went out, on or before that document`,
  scenarioBandAsRange: (words: string) =>
    `the quote gives a band of scenarios ("${words}"), not a range of one figure: file two rows, the low end in the minimum scenario and the high end in the maximum (or the scenarios the quote names), each with value_high empty`,
  perYearAsDate: (words: string, from: string) =>
    `the quote says "${words}": from that year on, not a stock on a date; write the period ${from}`,
  perDateAsFrom: (words: string, date: string) =>
    `the quote says "${words}": a stock on that day, not a period from it on; write the period ${date}`,
  openStartNamed: (words: string, end: string) =>
    `the quote names the start ("${words}"); a period with an open start (../${end}) is for a count whose start the source does not give: write the interval start/${end}`,
  partialWithoutExcerpt: (seed: boolean) =>
    seed
      ? 'a seed source holds the whole letter: excerpt_partial is for an excerpt under data/sources/; leave it empty'
      : 'excerpt_partial says the excerpt holds only the quoted passages; this source names no excerpt: leave it empty',
  notMppWithEdition: (what: string) =>
    `${what}: leave the edition empty (say in the note which MPP it rests on, if the source says so)`,
  notMppWithScenario: (what: string) => `${what}: leave the scenario empty`,
  notMpp: (kind: string, label: string) => `a ${kind} figure (${label}) is not an MPP prognosis`,
  mppWithoutEdition: () => 'an MPP prognosis needs the edition it comes from, such as 2024-II',
  mppWithoutScenario: (scenarios: readonly string[]) => `an MPP prognosis needs a scenario: ${list(scenarios)}, or point for a single figure`,
  scenarioNotInEdition: (edition: string, scenarios: readonly string[]) =>
    `edition ${edition} has the scenarios ${list(scenarios)} (or point for a single figure)`,
  basisScenarioNotInEdition: (edition: string, scenarios: readonly string[]) => `edition ${edition} has the scenarios ${list(scenarios)}`,
  sourceBeforeEdition: (source: string, date: string, edition: string, published: string) =>
    `source ${source} is dated ${date}, before ${edition} was published (${published}); a figure it gives cannot be a prognosis of that edition`,
  voiceMissing: (source: string) => `source ${source} is questions and answers: say whether the figure stands in a question or an answer`,
  voiceNotQa: (source: string, form: string) => `source ${source} is not questions and answers (form ${form}): leave the voice empty`,
  rangeReversed: (high: number, low: number) => `the high end of a range (${high}) is below its low end, value ${low}`,
  provisionalUnmarked: () =>
    'status provisional: the quote must show where the source marks the figure as provisional (an asterisk such as 2023*, or the word voorlopig); a figure the source gives as final has the status empty',
  scopeWithoutQualifier: () => 'a qualifier scope needs a qualifier: leave it empty, or fill in the qualifier the list shares',
  seedAndExcerpt: () => 'a source has its text in ../shared/seeds/ (seed) or under data/sources/ (excerpt), not both',
  indicatorUnit: (indicator: string, unit: string, others: readonly string[], found: string) =>
    `indicator ${indicator} is counted in ${unit}${others.length > 0 ? ` (its other_units allow ${list(others)})` : ''}, this row in ${found}: ` +
    `file it under an indicator counted in ${found}, or list ${found} in the indicator's other_units when its definition says a source counts it so`,
  forecastUnit: (indicator: string, unit: string, found: string) =>
    `indicator ${indicator} is counted in ${unit}, this forecast in ${found}: a forecast is in its indicator's unit (other_units is for realisations); file it under an indicator counted in ${found}`,
  costUnit: (type: string, unit: string) => `a ${type} cost is stated in ${unit}`,
  scenarioOrder: (high: string, highValue: number, low: string, lowValue: number, line: number) =>
    `scenario order: ${high} (${highValue}) is below ${low} (${lowValue}) on line ${line}; expected ${low} ≤ ${high}`,
  missingExcerpt: (folder: string, name: string) =>
    `no file ${folder}/${name} in the data folder; the excerpt holds the source's text that the quotes are checked against`,
  /** An indicator the code names (src/data/indicators.ts) that indicators.csv lacks. */
  missingIndicator: (id: string, use: string, nearest: string | null) =>
    `no indicator "${id}"; the site and the letters need it for ${use}${nearest ? ` (renamed? nearest: ${nearest})` : ''}`,
  /** Two sources of equal rank and date that give one figure different values (src/model/precedence.ts). */
  sourcesTie: (rank: string, date: string, line: number, value: string) =>
    `this source and the one on line ${line} (${value}) are of equal rank (${rank}) and date (${date}) and disagree; ` +
    'mark the row the site and the letters must use with preferred = yes',
  preferredTwice: (line: number) => `the row on line ${line} is already marked preferred for this figure; mark one row only`,
  /** A cost type the model compares against that costs.csv lacks in a price year it needs. */
  missingCost: (type: string, year: number, why: string) => `no ${type} cost with price year ${year} in costs.csv; ${why}`,
};

// ---------------------------------------------------------------------------------------------
// A figure against the text of its source: the seed letter or the stored excerpt (src/sources/)

export const quote = {
  notInSource: (source: string) =>
    `the quote does not stand in the text of source ${source}; copy it from the source as it is printed (line breaks may differ)`,
  lacksValue: (value: number) => `the quote does not print the value ${value}; quote the sentence that gives it`,
  lacksHigh: (high: number) => `the quote does not print the high end ${high} of the range`,
  lacksQualifier: (qualifier: string) => `the quote does not hold the rounding word "${qualifier}" that the row gives the figure`,
  valueNotInSource: (value: number, source: string) => `the value ${value} is not printed in the text of source ${source}; add the quote that gives it`,
};

// ---------------------------------------------------------------------------------------------
// The letters staff write (src/letters/written/)

export const letter = {
  noEdition: (known: readonly string[]) => `the folder names no edition of editions.csv (${list(known)})`,
  kindFile: (kinds: readonly string[]) => `a letter is ${kinds.map((k) => `${k}.md`).join(' or ')}`,
  noFrontMatter: () =>
    'a letter starts with its front matter between two "---" lines (subject, date, kenmerk, addressee, signatories, attachments)',
  frontMatterSyntax: (yamlMessage: string) => `front matter: ${yamlMessage}`,
  frontMatterFields: (fields: readonly string[]) => `front matter: expected the fields ${list(fields)}`,
  unknownField: (fields: readonly string[]) => `front matter: unknown field; the fields are ${list(fields)}`,
  missingField: (field: string) => `front matter: missing field "${field}"`,
  notText: (field: string) => `front matter: "${field}" must be text`,
  emptyField: (field: string) => `front matter: "${field}" is empty`,
  notList: (field: string) => `front matter: "${field}" must be a list ("- …" lines, or [] for none)`,
  dateFormat: () => 'front matter: the date is written YYYY-MM-DD',
  control: (code: number) =>
    `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}); remove it: it is invisible, and would go into the printed letter`,
  noSuchDate: () => 'front matter: no such day in the calendar (April, June, September and November have 30 days, February 28 or 29)',
  noSignatory: () => 'front matter: a letter has at least one signatory',
  signatureForm: () => 'front matter: signature is "initials" or "full"',
  conceptForm: () => 'front matter: concept is true (a letter not yet final, printed as "Concept") or false; remove the line when the letter is final',
  conceptSent: () => 'front matter: a letter with a source (a reproduction of a sent letter) is not a concept; remove "concept: true"',
  unknownSignatory: (file: string, known: readonly string[]) => `unknown signatory; ${file} has ${list(known)}`,
  notInOffice: (date: string, from: string, to: string | null) => `not in office on ${date} (${from} to ${to ?? 'now'})`,
  unknownSource: () => 'no such source in sources.csv',
  beforeEdition: (edition: string, published: string) => `dated before its edition ${edition} was out (${published})`,
  noSender: (file: string, date: string) => `no sender in ${file} valid on ${date} for these signatories`,
  staleNumber: (keys: readonly string[], text: string) =>
    `a typed number that equals a figure of the data set: use ${keys.join(' or ')}, or mark it {{ "${text}" | literal }} if it is not that figure`,
  typedNumber: (text: string, near: readonly { key: string; value: string }[]) =>
    `a number typed in the prose: write a figure as a reference (fig(…), actual(…), cost(…), change(…), derived(…)) or an expression over references (difference(…), relative(…), ratio(…), perDay(…), perYear(…)); a number that is no figure of the data set is marked {{ "${text}" | literal }}` +
    (near.length > 0 ? `; did you mean ${near.map((n) => `${n.key} = ${n.value}`).join(' or ')}?` : ''),
  unclosedReference: () => 'a reference opened with {{ is not closed: expected }} before the next {{ or the end of the paragraph',
  strayBrace: (brace: string) =>
    `"${brace}" outside a reference: a reference is written between {{ and }}, such as {{ fig("asylum-inflow-total", "2025", "medio") }}; a brace cannot be printed`,
  referenceWithoutBraces: (fn: string) => `${fn}(…) written without {{ }} would be printed as typed: write {{ ${fn}(…) }}`,
  unbalancedQuotes: () => 'a double quote without its pair: every argument is text between two double quotes, such as "2025"',
  unbalancedParentheses: (unpaired: '(' | ')') =>
    unpaired === '(' ? 'a "(" without its ")": every ( of a reference is closed' : 'a ")" without its "(": every ) of a reference closes a (',
  literalForm: () => 'a literal is written {{ "38" | literal }}: the text in double quotes',
  notExpression: (pronouns: readonly string[]) =>
    `expected a reference such as fig("indicator", "period", "scenario"), a literal {{ "38" | literal }} or one of ${list(pronouns)}`,
  unknownFunction: (fn: string, functions: readonly string[]) =>
    `unknown function ${fn}(); the references are ${functions.map((f) => `${f}()`).join(', ')}`,
  argumentNotString: (fn: string, found: string) => `${fn}(): every argument is text in double quotes, found ${found}`,
  operandNotReference: (fn: string, found: string) =>
    `${fn}(): every argument is a reference to a figure, such as fig("asylum-inflow-total", "2025", "medio"), found ${found}`,
  divideByZero: (fn: string, divisor: string) => `${fn}(): ${divisor} is 0, and a number cannot be divided by 0`,
  unknownDerivedPart: (part: string, parts: readonly string[]) => `derived(): unknown part "${part}"; a cost calculation has ${list(parts)}`,
  unknownFilter: (filter: string, filters: readonly string[]) => `unknown filter "${filter}"; a reference takes ${list(filters)}`,
  argumentCount: (fn: string, usage: string, found: number) => `${fn}() takes ${usage}, found ${found} argument(s)`,
  onlyInQuestion: (sources: readonly string[]) =>
    `the data holds this figure only in a member's question (${list(sources)}); a letter cannot state it as its own`,
  sourceAfterLetter: (date: string, sources: string) => `cites a source dated after the letter (${date}): ${sources}`,
  bareDropsOwnWord: (qualifier: string) =>
    `the source writes "${qualifier}" before this figure itself, so | bare would drop it; only a rounding word the source writes once before a list may be left out`,
  unknownFigure: (what: string, nearest: readonly string[]) => `unknown figure: ${what}; nearest: ${list(nearest)}`,
  kindWithEdition: (kind: string, edition: string) =>
    `a ${kind} figure is not an MPP prognosis and belongs to no edition; leave out "${edition}"`,
  noKindFigure: (kind: string, indicator: string, period: string) => `no ${kind} figure for ${indicator} ${period}`,
  noEditionId: (edition: string) => `no edition "${edition}"`,
  noMppFigure: (edition: string, indicator: string, period: string, scenario: string) =>
    `no MPP ${edition} figure for ${indicator} ${period} (${scenario})`,
  noRealisation: (indicator: string, period: string) => `no realisation of ${indicator} for ${period}`,
  noCost: (type: string, year: string) => `no cost "${type}" in prices of ${year}`,
  noEarlierEdition: (edition: string, indicator: string, period: string, scenario: string) =>
    `no earlier edition to compare MPP ${edition} ${indicator} ${period} (${scenario}) with`,
  noCostCalculation: (id: string) => `no cost calculation "${id}" in cost-scenarios.csv`,
  // senders.csv and signatories.csv
  required: () => 'required',
  senderDate: () => 'expected a date YYYY-MM-DD',
  missingSenderColumn: (column: string, expected: readonly string[]) => `missing column "${column}"; expected ${list(expected)}`,
  unknownSender: (sender: string) => `no sender "${sender}" in senders.csv`,
  // annexes
  attachmentForm: () =>
    'front matter: an attachment is written "- title: …" with the annex itself: "file: name.pdf" (beside the letter), "url: https://…" (where it is published), or, for a reproduction of a sent letter (source given) whose annex was not found, "unavailable: why"',
  attachmentNoAnnex: (title: string) =>
    `front matter: the attachment "${title}" names no file or url; a letter never announces an annex it lacks (a reproduction of a sent letter may say "unavailable: why")`,
  attachmentUnavailableDraft: () => 'front matter: "unavailable" is only for a reproduction of a sent letter (with its source); a letter to send has its annexes',
  attachmentFileMissing: (file: string) => `front matter: the annex file ${file} is not there`,
  attachmentFileKind: () => 'front matter: an annex file is a PDF (.pdf)',
  attachmentUrl: () => 'front matter: an annex url starts with https:// or http://',
  annexAnnounced: () =>
    'the letter announces an annex ("bijlage") but its front matter lists none under attachments: add it (file or url), or reword the sentence',
  kamerstukForm: () => 'front matter: kamerstuk is the number as printed, e.g. "19 637, nr. 3478"',
};

// ---------------------------------------------------------------------------------------------
// Commands' own messages

export const draft = {
  noEdition: (edition: string, known: readonly string[]) => `no edition "${edition}"; editions.csv has ${list(known)}`,
  exists: (file: string) => `${file} exists; it is a letter someone wrote. Use --force to overwrite it with the draft.`,
  wrote: (file: string, kind: string, edition: string) =>
    `wrote ${file}: the draft of ${kind} for ${edition}, with references in place of numbers. Edit it, then npm run build.`,
};

export const synth = {
  intoData: (out: string) =>
    `synthetic data never goes into data/ (nor into a folder that holds it, symlinks followed): ${out}; choose another --out`,
  wrote: (scale: number, editions: number, regions: number, out: string) =>
    `synthetic data ×${scale}: ${editions} editions, ${regions} regions → ${out}`,
};

export const diff = {
  bothBases: () => 'give --base or --base-dir, not both',
  maxLengthMarkdownOnly: () => '--max-length applies to the Markdown report only',
  hrefNeedsVisual: () => '--visual-href needs --visual',
  hrefAddress: (found: string) => `--visual-href: expected an http(s) address, found "${found}"`,
  noFolder: (option: string, dir: string) => `${option}: no folder ${dir}`,
  visualFolder: (message: string) => `--visual: ${message}`,
  notRepository: (cwd: string) => `${cwd} is not inside a git repository; use --base-dir to compare two folders`,
  refLikeOption: (ref: string) => `--base: "${ref}" is not a git ref (a ref cannot start with "-")`,
  unknownRef: (ref: string) => `--base: "${ref}" is not a commit, branch or tag in this repository`,
  noMain: () =>
    'no --base given, and there is no branch "main" or "origin/main" to take the merge base with; ' +
    'pass --base <git-ref> (for example --base origin/master) or --base-dir <folder>',
  outsideRepository: (dir: string, root: string) => `${dir} is not inside the git repository ${root}`,
};

export const dev = {
  notStartedByDev: () => 'dev-build is started by npm run dev, with an IPC channel.',
  noBrowserKept: (why: string) => `No browser kept between rebuilds (each build starts its own when it needs one): ${why}`,
};
