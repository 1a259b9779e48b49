// Package claims turns an article's text into atomic claims: who said what,
// when.
//
// An Article keeps the text exactly as read; every Claim, Speaker, Cue,
// Number and Time carries a byte Span into that text, so a report can always
// point at the source. Cleaning never rewrites bytes: repeated headlines,
// date lines, reading-time lines, navigation and section headings are
// marked in Article.Skip and yield no claims. A headline that appears once
// becomes Article.Title and is read for claims too: headlines make claims.
//
// A paragraph is a block between blank lines, or a line of its own in text
// that puts one paragraph on each line; a hard-wrapped block is one
// paragraph (paragraphs.go). The rules read a view of the text of the
// same length, with line breaks and skipped regions (such as Markdown
// markup, given in a Layout) as spaces, so their spans index Text while a
// wrapped or marked-up text gives the claims of the plain one.
//
// A figure carries what tells two figures of one slot apart without
// re-reading the sentence: the verb whose object it is, a time fronted
// in its sentence, and whether its clause is set months before the
// sentence's act (Number.Verb, When, Prior; figures.go, fill.go). A
// relative day carries its count from the day the article was written
// (Time.Day), so an undated article's "this morning" and "yesterday" can
// still be set against each other (time.go).
//
// The rules read English only: NewArticle refuses text that reads as
// another language (a LanguageError), judged by very common function
// words per language (stopwords.txt) and by script.
//
// Extraction runs on prose v3 tokens and part-of-speech tags with rules and
// lexicons shipped in the binary: the open word lists (cue verbs, hedges,
// titles, places …) are data files in lexicon/, one record per word, read at
// init by one loader (lexicon.go); the closed classes (pronouns, negators,
// months …) are Go in closed.go. The
// entity recogniser is not used: it is slow and weak on news, so speakers and
// entities come from tags, capitalisation and the article's own names.
package claims
