package termsafe

import "testing"

func TestString(t *testing.T) {
	for in, want := range map[string]string{
		"bbc":                      "bbc",
		"Zürich — “quoted”":        "Zürich — “quoted”",
		"a\n::error file=x::pwned": `a\n::error file=x::pwned`,
		"red\x1b[31mtext\a":        `red\x1b[31mtext\a`,
		"osc\x1b]0;title\x07":      `osc\x1b]0;title\a`,
		"c1\u009b31m":              `c1\u009b31m`,
		"rtl\u202eevil":            `rtl\u202eevil`,
		"bad\xffbyte":              `bad\xffbyte`,
		"tab\there\r":              `tab\there\r`,
		"back\\slash stays":        `back\slash stays`,
		"sep\u2028line":            `sep\u2028line`,
	} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Keep("a\nb\x1bc", "\n"); got != "a\nb\\x1bc" {
		t.Errorf("Keep newline: %q", got)
	}
}
