package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/archive"
	"github.com/claimdiff/claimdiff/internal/config"
	"github.com/claimdiff/claimdiff/internal/ingest"
)

// defaultArchive is where `claimdiff archive` keeps articles when
// --archive is not given.
const defaultArchive = ".claimdiff/archive.db"

// defaultMaxRefs is how many candidate references check --archive reads
// per new article: enough for every outlet's take on a story, few enough
// that a check costs the same in a small archive and a huge one.
const defaultMaxRefs = 20

// runArchive is `claimdiff archive add|list|rm|stats`.
func runArchive(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return &usageError{"archive needs a command (expected add, list, rm or stats)", "claimdiff archive add articles/"}
	}
	sub := args[0]
	if !slices.Contains([]string{"add", "list", "rm", "stats"}, sub) {
		return &usageError{fmt.Sprintf("unknown archive command %q (expected add, list, rm or stats)", sub), "claimdiff archive add articles/"}
	}
	fs := flag.NewFlagSet("archive "+sub, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	target := fs.String("archive", defaultArchive, "archive file or postgres:// URL")
	named := fs.String("config", "", "configuration file")
	var pos []string
	rest := args[1:]
	for {
		if err := fs.Parse(rest); err != nil {
			return flagError("archive", err, fs, args[1:])
		}
		r := fs.Args()
		if n := len(rest) - len(r); n > 0 && rest[n-1] == "--" {
			pos = append(pos, r...)
			break
		}
		if len(r) == 0 {
			break
		}
		pos = append(pos, r[0])
		rest = r[1:]
	}
	if *target == "" {
		return &usageError{"--archive needs a value (expected an archive file or a postgres:// URL)", "claimdiff archive " + sub + " --archive " + defaultArchive}
	}
	switch sub {
	case "add":
		if len(pos) == 0 {
			return &usageError{"archive add needs at least one source", "claimdiff archive add articles/"}
		}
		return archiveAdd(ctx, *target, *named, pos, stdin, stdout, stderr)
	case "rm":
		if len(pos) == 0 {
			return &usageError{"archive rm needs an article id (see claimdiff archive list)", "claimdiff archive rm 12"}
		}
		var ids []int64
		for _, p := range pos {
			id, err := strconv.ParseInt(p, 10, 64)
			if err != nil || id <= 0 {
				return &usageError{fmt.Sprintf("archive rm %s: not an article id (expected a number from claimdiff archive list)", p), "claimdiff archive list"}
			}
			ids = append(ids, id)
		}
		return archiveRemove(ctx, *target, ids, stdout)
	}
	if len(pos) > 0 {
		return &usageError{fmt.Sprintf("archive %s takes no arguments (got %s)", sub, pos[0]), "claimdiff archive " + sub}
	}
	s, err := archive.Open(ctx, *target, false)
	if err != nil {
		return err
	}
	defer s.Close()
	if sub == "list" {
		return archiveList(ctx, s, stdout)
	}
	cfg, err := loadConfig(*named)
	if err != nil {
		return err
	}
	return archiveStats(ctx, s, extractorVersion(cfg), stdout)
}

// addBatch is how many articles archive add reads, extracts and stores at
// a time: enough to keep every core busy, few enough that memory holds
// one batch of texts and claims however many articles a directory holds.
var addBatch = 64 * runtime.GOMAXPROCS(0)

// onAddBatch, when set (by tests), is told the size of every batch
// archive add reads.
var onAddBatch func(n int)

// archiveAdd loads the sources as compare does, but a batch at a time and
// without compare's bound on the articles of one run: it extracts the
// claims of those not archived yet on all cores and stores each article in
// its own transaction. A source that names nothing (a missing file, an
// empty directory) fails before anything is added; an article that cannot
// be read ends the add there, the batches before it archived (adding them
// again is a no-op).
func archiveAdd(ctx context.Context, target, named string, sources []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := loadConfig(named)
	if err != nil {
		return err
	}
	// An existing archive first: a wrong --archive fails before a long
	// load. A new SQLite file only once the first batch has loaded, so a
	// bad input leaves no empty archive (nor its directory) behind.
	s, err := archive.Open(ctx, target, false)
	if errors.Is(err, archive.ErrNoArchive) {
		s, err = nil, nil
	}
	if err != nil {
		return err
	}
	if s != nil {
		defer s.Close()
	}
	plan, err := ingest.Expand(sources, stdin)
	if err != nil {
		return err
	}
	ext := extractorVersion(cfg)
	var lines []string
	added, old := 0, 0
	bar := newProgress(stderr, plan.Len())
	defer bar.finish()
	for lo := 0; lo < plan.Len(); lo += addBatch {
		arts, err := plan.Read(ctx, lo, min(lo+addBatch, plan.Len()))
		if err != nil {
			return err
		}
		if onAddBatch != nil {
			onAddBatch(len(arts))
		}
		if s == nil {
			if s, err = archive.Open(ctx, target, true); err != nil {
				return err
			}
			defer s.Close()
		}
		var todo []*claims.Article
		for _, a := range arts {
			id, ok, err := s.Lookup(ctx, archive.Hash(a.Text))
			if err != nil {
				return err
			}
			if ok {
				lines = append(lines, fmt.Sprintf("archived already #%d %s", id, a.ID))
				old++
				bar.step()
				continue
			}
			todo = append(todo, a)
		}
		// The archive keeps each article as the loader made it; the
		// configuration's boilerplate is applied again on every use, so
		// another configuration re-extracts from the same text.
		base := make([]claims.Article, len(todo))
		for i, a := range todo {
			base[i] = *a
			base[i].Skip = slices.Clone(a.Skip)
		}
		per, err := extract(ctx, cfg, todo, bar)
		if err != nil {
			return err
		}
		for i := range todo {
			e := &archive.Entry{Article: &base[i], Extractor: ext, Claims: per[i]}
			id, isNew, err := s.Add(ctx, e)
			if err != nil {
				return err
			}
			if isNew {
				added++
				lines = append(lines, fmt.Sprintf("added #%d %s (%d claims)", id, base[i].ID, len(per[i])))
			} else {
				// Another process archived the same text meanwhile.
				old++
				lines = append(lines, fmt.Sprintf("archived already #%d %s", id, base[i].ID))
			}
		}
	}
	bar.finish()
	if s == nil {
		// Nothing to read: the sources named no article.
		return nil
	}
	lines = append(lines, fmt.Sprintf("%d added, %d archived already: %s", added, old, s.Name()))
	_, err = io.WriteString(stdout, strings.Join(lines, "\n")+"\n")
	return err
}

func archiveRemove(ctx context.Context, target string, ids []int64, stdout io.Writer) error {
	s, err := archive.Open(ctx, target, false)
	if err != nil {
		return err
	}
	defer s.Close()
	for _, id := range ids {
		ok, err := s.Remove(ctx, id)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("archive rm %d: no article with this id in %s (see claimdiff archive list)", id, s.Name())
		}
		fmt.Fprintf(stdout, "removed #%d\n", id)
	}
	return nil
}

func archiveList(ctx context.Context, s archive.Store, stdout io.Writer) error {
	list, err := s.List(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tPUBLISHED\tOUTLET\tCLAIMS\tTITLE")
	for _, m := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\n", m.ID, oneLine(m.Name), orDash(m.Published), orDash(oneLine(m.Outlet)), m.Claims, oneLine(m.Title))
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func archiveStats(ctx context.Context, s archive.Store, ext string, stdout io.Writer) error {
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "archive:   %s\n", s.Name())
	fmt.Fprintf(&b, "schema:    %d\n", st.Schema)
	fmt.Fprintf(&b, "articles:  %d\n", st.Articles)
	fmt.Fprintf(&b, "claims:    %d\n", st.Claims)
	fmt.Fprintf(&b, "outlets:   %d\n", st.Outlets)
	if st.First != "" {
		fmt.Fprintf(&b, "published: %s to %s (%d undated)\n", st.First, st.Last, st.Undated)
	} else {
		fmt.Fprintf(&b, "published: - (%d undated)\n", st.Undated)
	}
	per := int64(0)
	if st.Articles > 0 {
		per = st.Bytes / int64(st.Articles)
	}
	fmt.Fprintf(&b, "size:      %s (%s per article)\n", humanBytes(st.Bytes), humanBytes(per))
	fmt.Fprintf(&b, "current:   %d articles extracted by this claimdiff, %d by another (re-extracted when a check reads them)\n",
		st.Extractors[ext], st.Articles-st.Extractors[ext])
	_, err = io.WriteString(stdout, b.String())
	return err
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// archiveRefs is check's references when --archive names them: the
// new articles' claims are extracted, the archive's full-text index gives
// each new article at most --max-refs candidates within --window days,
// and their stored claims are used, extracted again when an older
// extractor made them. It returns the references and the claims of news
// followed by those of the references.
func archiveRefs(ctx context.Context, o options, cfg *config.Config, news []*claims.Article) ([]*claims.Article, [][]claims.Claim, error) {
	s, err := archive.Open(ctx, o.ci.archive, false)
	if err != nil {
		return nil, nil, err
	}
	defer s.Close()
	newClaims, err := extract(ctx, cfg, news, nil)
	if err != nil {
		return nil, nil, err
	}
	window, _ := strconv.Atoi(o.ci.window)   // checked in ciOptions.check
	maxRefs, _ := strconv.Atoi(o.ci.maxRefs) // likewise
	// A new article archived already is not earlier coverage of itself.
	var exclude []string
	for _, a := range news {
		exclude = append(exclude, archive.Hash(a.Text))
	}
	var ids []int64
	for i, a := range news {
		hits, err := archive.Retrieve(ctx, s, a, newClaims[i], exclude, archive.Options{WindowDays: window, Limit: maxRefs})
		if err != nil {
			return nil, nil, err
		}
		for _, h := range hits {
			if !slices.Contains(ids, h.ID) {
				ids = append(ids, h.ID)
			}
		}
	}
	// Archive order, not rank order: the references' ids and the report
	// then do not depend on how the engine breaks ties.
	slices.Sort(ids)
	es, err := s.Get(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	refs := make([]*claims.Article, len(es))
	refClaims := make([][]claims.Claim, len(es))
	for i, e := range es {
		refs[i], refClaims[i] = e.Article, e.Claims
	}
	copt := cfg.ClaimsOptions()
	if err := skipBoilerplate(refs, copt); err != nil {
		return nil, nil, err
	}
	ext := extractorVersion(cfg)
	var stale []int
	for i, e := range es {
		if e.Stale(ext) {
			stale = append(stale, i)
		}
	}
	if len(stale) > 0 {
		arts := make([]*claims.Article, len(stale))
		for j, i := range stale {
			arts[j] = refs[i]
		}
		fresh, err := extractAll(ctx, arts, copt, func() {})
		if err != nil {
			return nil, nil, err
		}
		for j, i := range stale {
			refClaims[i] = fresh[j]
			// Kept for the next check; a check still succeeds when it
			// cannot write (a read-only archive, a busy one).
			_ = s.UpdateClaims(ctx, es[i].ID, ext, fresh[j])
		}
	}
	nameRefs(news, refs, refClaims, es)
	return refs, append(newClaims, refClaims...), nil
}

// nameRefs gives each reference its archived name, or, when a new
// article or an earlier reference has it, the name with its archive id
// ("bbc-1234"); the claims follow their article's id.
func nameRefs(news, refs []*claims.Article, per [][]claims.Claim, es []*archive.Entry) {
	taken := map[string]bool{}
	for _, a := range news {
		taken[a.ID] = true
	}
	for i, r := range refs {
		old := r.ID
		if taken[old] {
			r.ID = old + "-" + strconv.FormatInt(es[i].ID, 10)
		}
		taken[r.ID] = true
		if r.ID == old {
			continue
		}
		for j := range per[i] {
			c := &per[i][j]
			c.Source = r.ID
			if n, ok := strings.CutPrefix(c.ID, old+"#"); ok {
				c.ID = r.ID + "#" + n
			}
		}
	}
}

// extractorVersion names what produced a set of claims: the claims
// package's extraction (claims.Version, bumped by hand when extraction
// changes, so a rebuild that changes nothing else re-extracts nothing)
// and the configuration's extraction options. Claims archived under
// another version are extracted again when a check reads them.
func extractorVersion(cfg *config.Config) string {
	opts, _ := json.Marshal(struct {
		Aliases     map[string]string
		Cues        map[string][]string
		Boilerplate []string
	}{cfg.Aliases, cfg.Cues, cfg.Boilerplate})
	h := sha256.Sum256(opts)
	return "claims " + claims.Version + " " + hex.EncodeToString(h[:4])
}
