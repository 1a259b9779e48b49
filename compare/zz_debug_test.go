package compare

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/ingest"
)

// ZZ_DIR=story dir, ZZ_PAIRS="a#1,b#2;..." prints number slot tests.
func TestZZDebug(t *testing.T) {
	dir := os.Getenv("ZZ_DIR")
	if dir == "" {
		t.Skip()
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	arts, err := ingest.Load(context.Background(), paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	var per [][]claims.Claim
	for _, a := range arts {
		per = append(per, claims.Extract(a))
	}
	r := Collect(arts, per)
	fs := build(r)
	story := stories(r, storyFloor, storyRatio)
	for i := range fs {
		fs[i].story = story[fs[i].art]
	}
	if os.Getenv("ZZ_STORIES") != "" {
		for i, a := range arts {
			fmt.Println("story", story[i], a.ID)
		}
	}
	byID := map[string]*feat{}
	for i := range fs {
		byID[fs[i].c.ID] = &fs[i]
	}
	for _, p := range strings.Split(os.Getenv("ZZ_PAIRS"), ";") {
		ids := strings.Split(p, ",")
		a, b := byID[ids[0]], byID[ids[1]]
		if a == nil || b == nil {
			fmt.Println("no claim", p)
			continue
		}
		fmt.Printf("== %s | %s\n   %s\n   sim=%.3f story %d/%d\n", a.c.ID, b.c.ID, a.c.Text, similarity(a, b), a.story, b.story)
		fmt.Printf("   %s\n", b.c.Text)
		for i, na := range a.c.Numbers {
			for k, nb := range b.c.Numbers {
				fmt.Printf("  %q[%s act=%v] vs %q[%s act=%v]: units=%v same=%v measure=%v otherEvent=%v head=%v partsA=%v partsB=%v kinds=%v\n",
					na.Text, na.Unit, na.Act, nb.Text, nb.Unit, nb.Act, comparableUnits(na, nb), sameValue(na, nb), sameMeasure(a, i, b, k),
					otherEvent(a.c, na.Scope, b.c, nb.Scope), sameHead(na, nb), partsOf(a.c, nb), partsOf(b.c, na), otherKinds(na, nb))
			}
		}
	}
}
