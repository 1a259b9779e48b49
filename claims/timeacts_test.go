package claims

import (
	"fmt"
	"slices"
	"testing"
)

// A time dates an act when it stands among the act verb's arguments, and
// says whose act it is; a time of another phrase or clause dates none.
func TestDateActs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "time family who" for each time
	}{
		{"Jane Roe, the former chief judge, died on Friday.", []string{"on Friday die Jane Roe"}},
		{"He died at 12:45 p.m. on Thursday at his home.", []string{"12:45 p.m. die ", "on Thursday die "}},
		{"Jane Roe died Thursday at her home in Springfield.", []string{"Thursday die Jane Roe"}},
		{"Her husband, Sam Poe, died in 1984.", []string{"in 1984 die Sam Poe"}},
		{"A vigil was held on Saturday for the people who died.", []string{"on Saturday  "}},
		{"The woman who died was named on Monday, police said.", []string{"on Monday  "}},
		// Owning up, in whatever words, is one act.
		{"Jane Roe admitted in a 2005 magazine article that she was the source.", []string{"2005 admit Jane Roe"}},
		{"The secret was kept until Jane Roe stepped forward in 2005.", []string{"in 2005 admit Jane Roe"}},
		// A time that opens the clause dates its verb.
		{"In 2005, Jane Roe revealed that she was the source.", []string{"In 2005 admit Jane Roe"}},
		{"On Wednesday, two officers involved in the shooting were arrested.", []string{"On Wednesday arrest "}},
		{"On Saturday, the anniversary of the arrest, thousands marched.", []string{"On Saturday  "}},
		// Custody since a day dates the arrest that began it; a title held
		// since a year is no custody.
		{"The pair have each been held since Monday.", []string{"Monday arrest "}},
		{"The pair have been held in custody since Monday.", []string{"Monday arrest "}},
		{"She has held the post since 2005.", []string{"since 2005  "}},
		// Raising the alarm: alerted to a thing, called to a place; a
		// call for something or on someone is no alarm.
		{"Police were alerted to a fire on the roof at 8.49pm on Friday.", []string{"8.49pm alert ", "on Friday alert "}},
		{"Officers were called to the premises shortly before 9pm.", []string{"shortly before 9pm alert "}},
		{"The mayor called for calm on Friday.", []string{"on Friday  "}},
		// A noun names an act too, dated by the time that modifies it,
		// of the person its "by" or "of" names.
		{"The Nov. 30 escape by Jane Roe led to an inquiry.", []string{"Nov. 30 escape Jane Roe"}},
		{"Jane Roe fled on foot at around 9 a.m. on Monday.", []string{"around 9 a.m. escape Jane Roe", "on Monday escape Jane Roe"}},
		// A time before "when" and a clause dates that clause's act; so
		// does a cleft "it was not until"; a secret kept until a time
		// dates its disclosure.
		{"Jane Roe stayed anonymous until May 30, 2005 when Jane Roe's family revealed her identity.", []string{"May 30, 2005 admit Jane Roe"}},
		{"It wasn't until May 30, 2005, that Jane Roe's family revealed her identity.", []string{"May 30, 2005 admit Jane Roe"}},
		{"The identity of Jane Roe remained a secret until May 2005.", []string{"May 2005 admit Jane Roe"}},
		{"Jane Roe remained in office until May 2005.", []string{"May 2005  "}},
		{"It rained until May 2005 when the drought began.", []string{"May 2005  "}},
		// Killing is a death of the one killed: the object, or the
		// passive's subject; a shooting names it as a noun.
		{"Sam Poe killed Jane Roe on Sunday during a clash.", []string{"on Sunday die Jane Roe"}},
		{"Jane Roe was killed by a police bullet on 6 December.", []string{"6 December die Jane Roe"}},
		{"The fatal shooting of Jane Roe, 15, on Saturday sparked riots.", []string{"on Saturday die Jane Roe"}},
		// A second fronted time, and a one-word place set off by commas.
		{"On Saturday 8 June 2013, at 8:39am police were called to a property in Millbrook.", []string{"On Saturday 8 June 2013 alert ", "8:39am alert "}},
		{"Police were called to the house in Millbrook, Kent, at 8.40am on Saturday.", []string{"8.40am alert ", "on Saturday alert "}},
		// A captive's seizing the guards starts the escape: a weapon
		// pulled on them, the guards taken hostage (an object between).
		{"Jane Roe pulled a gun on two guards during a transfer Monday.", []string{"Monday escape Jane Roe"}},
		{"She took two transport officers hostage on Monday morning.", []string{"on Monday morning escape "}},
		{"She took the bus on Monday morning.", []string{"on Monday morning  "}},
		// A time that ends the claim dates the act of the "when" clause
		// split off after it.
		{"Jane Roe was in a wheelchair Monday when she pulled a gun on two guards.", []string{"Monday escape Jane Roe"}},
		// A verb that says an act happened dates the act its subject
		// names, across an apposition; a noun-only act is no verb.
		{"A preliminary hearing for Sam Poe, 23, charged with murder, was heard in the Crown Court this morning.", []string{"this morning hearing "}},
		{"He told reporters about the negotiations that took place Thursday at the player's home.", []string{"Thursday meet "}},
		{"A vote on the measures will be held Thursday.", []string{"Thursday vote "}},
		// What prompted the act, told as perceiving it ("after hearing
		// an argument"), is no act dated on its own, and no hearing: a
		// time after it dates the act before it, also when the sentence
		// splits the phrase off as a claim of its own. Another gerund may
		// be an act with its own time ("after searching the house").
		{"Police were called after hearing an argument at 8.39am.", []string{"8.39am alert "}},
		{"Police were called on hearing an argument at 8.39am.", []string{"8.39am alert "}},
		{"The court heard police were called after hearing an argument at the house at 8.39am on Saturday.", []string{"8.39am alert ", "on Saturday alert "}},
		{"The old man died after hearing the news on Monday.", []string{"on Monday die "}},
		{"Police arrested Sam Poe after searching the house on Monday.", []string{"on Monday  "}},
		// A possessive time before an act noun dates it, as a time
		// before the noun does ("Saturday's killing").
		{"No application for bail was made at yesterday's hearing.", []string{"yesterday hearing "}},
		{"No application for bail was made at yesterday's preliminary hearing.", []string{"yesterday hearing "}},
		// Appearing in court is attending a hearing; appearing as such
		// is not.
		{"Sam Poe appeared at Northfield Crown Court this morning.", []string{"this morning hearing Sam Poe"}},
		{"Sam Poe was due to appear via video link at Northfield Crown Court today but did not.", []string{"today hearing Sam Poe"}},
		{"Sam Poe will appear in court on Monday.", []string{"on Monday hearing Sam Poe"}},
		{"Sam Poe appeared to be calm on Monday.", []string{"on Monday  "}},
		{"Sam Poe appeared in a video posted on Monday.", []string{"on Monday  "}},
		// Going somewhere dates the act it goes for.
		{"Jane Roe flew to Texas on Thursday night to meet with the player.", []string{"on Thursday night meet Jane Roe"}},
		{"Jane Roe flew to Texas on Thursday night.", []string{"on Thursday night  "}},
		// A participle after a comma shares the subject before it: "he",
		// the man the article names first.
		{"Mr Sam Poe was a lawyer. He met Bob Lee and Carl Dee. It was years before he broke cover, admitting in 2006 that he was the source.",
			[]string{"in 2006 admit Sam Poe"}},
	} {
		got := extractedTimes(t, tc.text, func(x Time) string { return fmt.Sprintf("%s %s %s", x.Text, x.Family, x.Who) })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: times %q, want %q", tc.text, got, tc.want)
		}
	}
}
