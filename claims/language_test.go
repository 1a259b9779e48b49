package claims

import (
	"errors"
	"strings"
	"testing"
)

// Short news paragraphs written for this test.
var foreign = []struct{ lang, text string }{
	{"Spanish", "El gobierno confirmó el martes que al menos doce personas murieron en las inundaciones del valle. Según la policía, los equipos de rescate buscaron durante toda la noche a los desaparecidos, pero el alcalde dijo que no hay esperanza de encontrar más supervivientes."},
	{"French", "Le gouvernement a confirmé mardi qu'au moins douze personnes sont mortes dans les inondations de la vallée. Selon la police, les équipes de secours ont cherché toute la nuit les disparus, mais le maire a dit qu'il n'y a plus d'espoir de trouver des survivants."},
	{"German", "Die Regierung hat am Dienstag bestätigt, dass mindestens zwölf Menschen bei den Überschwemmungen im Tal ums Leben gekommen sind. Nach Angaben der Polizei suchten die Rettungskräfte die ganze Nacht nach den Vermissten, aber der Bürgermeister sagte, es gebe keine Hoffnung mehr."},
	{"Portuguese", "O governo confirmou na terça-feira que pelo menos doze pessoas morreram nas enchentes do vale. Segundo a polícia, as equipes de resgate procuraram os desaparecidos durante toda a noite, mas o prefeito disse que não há mais esperança de encontrar sobreviventes."},
	{"Italian", "Il governo ha confermato martedì che almeno dodici persone sono morte nelle inondazioni della valle. Secondo la polizia, le squadre di soccorso hanno cercato i dispersi per tutta la notte, ma il sindaco ha detto che non c'è più speranza di trovare sopravvissuti."},
	{"Dutch", "De regering heeft dinsdag bevestigd dat ten minste twaalf mensen om het leven zijn gekomen bij de overstromingen in het dal. Volgens de politie hebben de reddingsteams de hele nacht naar de vermisten gezocht, maar de burgemeester zei dat er geen hoop meer is."},
	{"Cyrillic script", "Правительство во вторник подтвердило, что по меньшей мере двенадцать человек погибли во время наводнения в долине. По данным полиции, спасатели всю ночь искали пропавших без вести, но мэр сказал, что надежды больше нет."},
}

func TestLanguageRefusesForeign(t *testing.T) {
	for _, tc := range foreign {
		if got := Language(tc.text); got != tc.lang {
			t.Errorf("Language(%.30q…) = %q, want %q", tc.text, got, tc.lang)
		}
		_, err := NewArticle("x", "x.txt", []byte(tc.text+"\n"))
		var le *LanguageError
		if !errors.Is(err, ErrNotEnglish) || !errors.As(err, &le) || le.Language != tc.lang {
			t.Errorf("NewArticle(%s) = %v, want a LanguageError naming %s", tc.lang, err, tc.lang)
		}
	}
}

func TestLanguageKeepsEnglish(t *testing.T) {
	for _, text := range []string{
		// Short texts are not judged.
		"Protesters blocked the bridge",
		"El Niño hits Los Angeles",
		// English full of foreign names and places.
		"Officials in Las Cruces and El Paso said on Tuesday that the Rio de la Plata festival, run by Juan de la Cruz and Marie Le Pen of the Société des Amis, would go ahead in San José del Monte despite the storm, according to a notice from the city.",
		// English quoting a few foreign words.
		"The crowd chanted “el pueblo unido jamás será vencido” as the minister arrived, and police said about 200 people had gathered outside the building by noon on Friday to protest against the new law.",
	} {
		if got := Language(text); got != "" {
			t.Errorf("Language(%.40q…) = %q, want English", text, got)
		}
		if _, err := NewArticle("x", "x.txt", []byte(text+"\n")); errors.Is(err, ErrNotEnglish) {
			t.Errorf("NewArticle(%.40q…) refused: %v", text, err)
		}
	}
	// Half a text in Spanish under an English report is still English
	// when the English outweighs it twice.
	mixed := strings.Repeat("The mayor said the council would meet on Monday to vote on the budget for the new harbour wall. ", 3) + foreign[0].text
	if got := Language(mixed); got != "" {
		t.Errorf("mixed: %q", got)
	}
}
