import { VERSION } from './version.js';

const CLEANER_FLAGS = `  -c, --config FILE       use this config file (no search)
      --print-config      print the resolved configuration as JSON and exit
  -s, --sensitivity N     0 (remove only certain chaff) … 1 (remove more); overrides the config
  -m, --model FILE        a model from "dechaff train" instead of the shipped one`;

/** Help texts, by command (`main` for the tool itself). */
export const HELP: Readonly<Record<string, string>> = {
  main: `dechaff ${VERSION}: strip promotional spam, machine-written commentary and boilerplate from text

Usage:
  dechaff clean [file…]                 print the cleaned text (stdin when no file or "-")
  dechaff check <globs…>                report chaff in Markdown, MDX and text files
  dechaff train <labelled.jsonl> -o F   train a classifier model
  dechaff eval <labelled.jsonl>         measure the classifier and the cleaner
  dechaff jsonl [file…]                 clean a field of every JSON Lines record, streaming
  dechaff worker --redis URL --queue Q  clean documents from a BullMQ queue on Redis

Options:
  -h, --help       help (also "dechaff <command> --help")
  -v, --version    print the version
      --print-config  print the resolved configuration as JSON

Exit codes: 0 clean, 1 chaff found, 2 usage, config or input error.
Docs: docs/cli.md
`,
  clean: `Usage: dechaff clean [options] [file…]

Print each file's text with the chaff removed, the body verbatim. Reads stdin when no file or
"-" is given. Markdown files (.md, .mdx) keep front matter, code, HTML comments and tables.

Options:
  -l, --labels            show every block with its label, score and reasons instead
  -j, --json              print the analysis as JSON instead
      --markdown          treat stdin (and every file) as Markdown
${CLEANER_FLAGS}
  -h, --help              this help

Exit codes: 0 done, 2 usage/config error or an unreadable input (the others are still printed).
`,
  check: `Usage: dechaff check [options] <globs…>

Report chaff in content files (Markdown, MDX, plain text). A directory means its
.md, .mdx, .markdown and .txt files. Files matched by "ignore" globs and .dechaffignore are skipped.

Options:
  -f, --format NAME       stylish (default), json, github, sarif
  -o, --output FILE       write the report to FILE instead of stdout
  -q, --quiet             report errors only; print nothing when all is clean
      --max-warnings N    exit 1 when there are more than N warnings
      --fix               remove the chaff, rewriting files in place (atomically)
      --dry-run           print a unified diff of what --fix would change; write nothing
${CLEANER_FLAGS}
  -h, --help              this help

In Markdown, <!-- dechaff-disable --> … <!-- dechaff-enable --> turns checking off for a range
and <!-- dechaff-ignore-next --> skips the next block (up to the next blank line).

Exit codes: 0 no chaff, 1 chaff found (or more warnings than --max-warnings; with --dry-run:
chaff that --fix would remove), 2 usage or config error, no file matched, or a file could not be read.
`,
  train: `Usage: dechaff train [options] <labelled.jsonl> -o <model.json>

Train a naive Bayes model from labelled JSONL: one {"text", "label"} object per line
(label: body, promo, commentary, boilerplate; optional "weight"), or documents
{"text", "blocks": [{"text", "label"}]} whose blocks are used. The model is written atomically.

Options:
  -o, --output FILE       where to write the model (required)
  -h, --help              this help
`,
  eval: `Usage: dechaff eval [options] <labelled.jsonl>

Print the classifier's precision, recall and F1 per label on the labelled blocks, and for
documents with "blocks": the share of noise blocks removed, of body text kept (by characters),
exact documents, and token precision/recall/F1 against "gold" when present.

Options:
  -j, --json              print the numbers as JSON
${CLEANER_FLAGS}
  -h, --help              this help
`,
  jsonl: `Usage: dechaff jsonl [options] [file…]

Stream JSON Lines from stdin (or the files, in order) to stdout: each record's text field is
cleaned; every other field passes through byte for byte, in input order, in constant memory.
A malformed line (not JSON, not an object, the field missing or not a string, not UTF-8) is
reported with its line number and skipped. Blank lines are ignored. A summary goes to stderr.

Options:
      --field NAME        the field holding the text (default: text)
      --out-field NAME    write the cleaned text here (default: back into --field)
  -l, --labels            add "dechaff": {"removed": [{line, label, score, reasons}], "language"}
  -w, --workers N         worker threads (default: the number of cores; 0 or 1: in-process)
      --rejects FILE      write rejected lines to FILE as JSON {file, line, error, input}
                          instead of reporting them on stderr
${CLEANER_FLAGS}
  -h, --help              this help

Exit codes: 0 every record cleaned, 1 some line rejected, 2 usage, config or input error.
`,
  worker: `Usage: dechaff worker --redis URL --queue NAME [options]

Take documents from a BullMQ queue on Redis (added by enqueue() from "dechaff/queue"), clean
them and write each result once, to the hash <prefix>:<queue>:results (job id → result JSON)
and the stream <prefix>:<queue>:results:log. Any number of workers on any number of machines
can share a queue. Failed documents are retried with exponential backoff; after the last
attempt (or at once when malformed) they go to the hash <prefix>:<queue>:dead.
Runs until SIGINT or SIGTERM: the active jobs finish, then it exits 0 (a second signal: at once).

Options:
      --redis URL             redis://[user:password@]host:port[/db], rediss:// for TLS
                              (default: $DECHAFF_REDIS)
  -q, --queue NAME            the queue
      --prefix P              prefix of every Redis key (default: dechaff)
      --concurrency N         jobs at once in this process (default: 4)
      --field NAME            the field of record documents holding the text (default: text)
      --out-field NAME        write the cleaned text here (default: back into --field)
  -l, --labels                add the removed blocks and the language to each result
      --lock-duration MS      a job's lock; a dead worker's jobs are retried after it
                              (default: 30000)
      --stalled-interval MS   how often to look for jobs of dead workers (default: 30000)
      --until-empty           stop when the queue is empty
${CLEANER_FLAGS}
  -h, --help                  this help

Exit codes: 0 stopped, 2 usage or config error, a bad URL, or Redis unreachable.
`,
};
