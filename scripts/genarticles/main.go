// Command genarticles makes many varied articles for measuring the
// archive: each is a source text (a sample or a dev story) with its names,
// numbers and years replaced by others drawn at random, and Markdown front
// matter with a title, an outlet and a publication date spread over three
// years, so every text hashes differently and the archive holds many
// stories, not copies of a few.
//
//	go run ./scripts/genarticles -n 10000 -o /tmp/gen samples/*/*.txt ../shared/stories/*/*.txt
//
// With -grow ARCHIVE -to N it instead grows an archive to N articles by
// re-adding archived ones with their names replaced again, through the
// archive's own Add (one transaction each) and reusing their claims: how
// the 10^5 archive of the measurements is made without extracting 10^5
// articles on two cores.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/internal/archive"
)

var (
	n      = flag.Int("n", 1000, "articles to write")
	out    = flag.String("o", "gen", "output directory")
	seed   = flag.Uint64("seed", 1, "random seed")
	grow   = flag.String("grow", "", "archive to grow instead of writing files")
	growTo = flag.Int("to", 100000, "with -grow: articles the archive should hold")
)

var (
	nameRE   = regexp.MustCompile(`\b[A-Z][a-z]{3,}\b`)
	numberRE = regexp.MustCompile(`\b\d{1,3}\b`)
	yearRE   = regexp.MustCompile(`\b(19|20)\d\d\b`)
	syll     = []string{"ka", "lo", "mi", "ren", "do", "sa", "vel", "tor", "ani", "bru", "che", "fen", "gor", "hal", "is", "jun", "kem", "lar", "mos", "nev", "or", "pax", "quin", "ros", "sul", "tev", "ul", "var", "wen", "yor", "zed"}
	outlets  = []string{"Daily Ledger", "Morning Post", "City Wire", "Valley Times", "Harbour Herald", "News Desk", "Evening Star", "The Courier"}
)

// names are a few thousand made-up proper names, so a replaced name is
// shared by a handful of articles, as a real name is by its story.
func fakeName(r *rand.Rand) string {
	k := 2 + r.IntN(2)
	var b strings.Builder
	for range k {
		b.WriteString(syll[r.IntN(len(syll))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// vary rewrites text: each capitalised word (a name, mostly) consistently
// to another name, each small number and year to another.
func vary(text string, r *rand.Rand) string {
	m := map[string]string{}
	text = nameRE.ReplaceAllStringFunc(text, func(w string) string {
		if r.IntN(3) == 0 { // keep some: common capitalised words stay
			return w
		}
		if v, ok := m[w]; ok {
			return v
		}
		v := fakeName(r)
		m[w] = v
		return v
	})
	text = yearRE.ReplaceAllStringFunc(text, func(string) string { return strconv.Itoa(1990 + r.IntN(36)) })
	return numberRE.ReplaceAllStringFunc(text, func(string) string { return strconv.Itoa(1 + r.IntN(500)) })
}

// varySameLength is vary keeping every byte offset: names become names of
// the same length, numbers numbers of as many digits.
func varySameLength(text string, r *rand.Rand) string {
	m := map[string]string{}
	text = nameRE.ReplaceAllStringFunc(text, func(w string) string {
		if v, ok := m[w]; ok {
			return v
		}
		v := fakeName(r)
		for len(v) < len(w) {
			v += syll[r.IntN(len(syll))]
		}
		v = v[:len(w)]
		m[w] = v
		return v
	})
	return numberRE.ReplaceAllStringFunc(text, func(w string) string {
		lo := 1
		for range len(w) - 1 {
			lo *= 10
		}
		return strconv.Itoa(lo + r.IntN(lo*9))
	})
}

func main() {
	flag.Parse()
	if *grow != "" {
		if err := growArchive(*grow, *growTo); err != nil {
			fmt.Fprintln(os.Stderr, "genarticles:", err)
			os.Exit(2)
		}
		return
	}
	var srcs []string
	for _, p := range flag.Args() {
		b, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "genarticles:", err)
			os.Exit(2)
		}
		srcs = append(srcs, string(b))
	}
	if len(srcs) == 0 {
		fmt.Fprintln(os.Stderr, "genarticles: name source texts (samples/*/*.txt, stories)")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "genarticles:", err)
		os.Exit(2)
	}
	r := rand.New(rand.NewPCG(*seed, 7))
	for i := range *n {
		text := vary(srcs[r.IntN(len(srcs))], r)
		title, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
		date := fmt.Sprintf("%04d-%02d-%02d", 2022+r.IntN(3), 1+r.IntN(12), 1+r.IntN(28))
		doc := fmt.Sprintf("---\ntitle: %q\noutlet: %s\npublished: %s\n---\n%s", title, outlets[r.IntN(len(outlets))], date, text)
		name := filepath.Join(*out, fmt.Sprintf("gen-%06d.md", i+1))
		if err := os.WriteFile(name, []byte(doc), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "genarticles:", err)
			os.Exit(2)
		}
	}
}

// growArchive re-adds archived articles, varied, until the archive holds
// to articles.
func growArchive(target string, to int) error {
	ctx := context.Background()
	s, err := archive.Open(ctx, target, false)
	if err != nil {
		return err
	}
	defer s.Close()
	list, err := s.List(ctx)
	if err != nil {
		return err
	}
	if len(list) == 0 {
		return fmt.Errorf("%s: empty archive (add some articles first)", target)
	}
	r := rand.New(rand.NewPCG(*seed, 11))
	have := len(list)
	for have < to {
		m := list[r.IntN(len(list))]
		es, err := s.Get(ctx, []int64{m.ID})
		if err != nil || len(es) == 0 {
			return fmt.Errorf("article %d: %v", m.ID, err)
		}
		e := es[0]
		// Same lengths, so the stored spans and claims still fit the text.
		e.Article.Text = varySameLength(e.Article.Text, r)
		e.Article.Published = fmt.Sprintf("%04d-%02d-%02d", 2022+r.IntN(3), 1+r.IntN(12), 1+r.IntN(28))
		e.Article.ID = fmt.Sprintf("grown-%d", have+1)
		e.ID, e.Hash = 0, ""
		if _, added, err := s.Add(ctx, e); err != nil {
			return err
		} else if added {
			have++
		}
		if have%10000 == 0 {
			fmt.Fprintf(os.Stderr, "%d articles\n", have)
		}
	}
	return nil
}
