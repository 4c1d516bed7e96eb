package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Furniture a text copy of a page keeps among the story, as the web path meets it too: a price
 * board or a strip with a long notice in it, an alert banner, a "keep reading" link in brackets or
 * in two languages, the comment box's login chrome, a tip or sponsor line, the masthead's legal
 * lines (responsible editor, media register, press code, "Published every Thursday by …") and a
 * box of small ads under its label in capitals. Each generated in many shapes, with news sentences
 * on the same subjects that must be kept.
 */
class MastheadsBoardsAndBannersTest {

  @Property(tries = 60)
  void aBoardOrStripOfReadingsIsDropped(@ForAll("boards") String board) {
    assertThat(texts(split(board, P1, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void anAlertBannerIsDropped(@ForAll("banners") String banner) {
    assertThat(texts(split(banner, P1, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aLabelledLinkToAnotherStoryIsDropped(@ForAll("readMore") String link) {
    assertThat(texts(split(P1, link, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void mastheadAndWidgetLinesAreDropped(@ForAll("mastheadLines") String line) {
    assertThat(texts(split(P1, P2, line))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void newsOnTheSameSubjectsIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> boards() {
    Arbitrary<String> separator = Arbitraries.of(" · ", " | ", " • ");
    Arbitrary<String> notice = Arbitraries.of("Volcán de Fuego: moderate activity, ash advisory for Alotenango",
        "Karthala: calm, no eruption warning in force for the islands", "Road to the airport closed for repairs until further notice");
    Arbitrary<String> rate = Arbitraries.of("Q7.74 = US$1", "1 EUR = 491.97 KMF", "USD 41.18", "$1 = 1,310 IQD");
    Arbitrary<String> weather = Arbitraries.of("Antigua 22°C", "Moroni 28°C", "Dnipro +19°");
    Arbitrary<String> strip = Combinators.combine(rate, notice, weather, separator).as((r, n, w, s) -> r + s + n + s + w);
    Arbitrary<String> price = Arbitraries.of("Petrol 11.20 DKK/l", "EUR 117.05 RSD", "Diesel 10.45 DKK/l (Polaroil, from today)", "USD 108.40 RSD");
    Arbitrary<String> board = Combinators.combine(Arbitraries.of("", "FUEL  ", "Rates: "), price, price, separator)
        .as((label, a, b, s) -> label + a + s + b);
    return Arbitraries.oneOf(strip, board);
  }

  @Provide
  Arbitrary<String> banners() {
    Arbitrary<String> alert = Arbitraries.of("Air raid alert in Dnipropetrovsk oblast.", "Storm warning for the north coast.",
        "Flood alert along the Sava valley.");
    Arbitrary<String> advice = Arbitraries.of(" Proceed to the nearest shelter.", " Stay indoors.", "");
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("⚠ ", "🚨 ", "⚠️ "), alert, advice).as((sign, a, d) -> sign + a + d),
        Combinators.combine(alert, advice, Arbitraries.of("Updated 08:41", "Last updated: 7.15", "As of 22:05"))
            .as((a, d, time) -> a + d + " " + time),
        Combinators.combine(Arbitraries.of("BREAKING ", "BREAKING NEWS: ", "LATEST ", "JUST IN ", "TRENDING ", "ALERTE : ", "ÚLTIMA HORA "),
                Arbitraries.of("Peso closes at 58.31 to the dollar", "Senate panel opens probe into rice import permits",
                    "PAGASA: low pressure area east of Samar", "Ferry services suspended in the Visayas").list().ofMinSize(2).ofMaxSize(4).uniqueElements(),
                Arbitraries.of(" | ", " · ", " • ", " |  "))
            .as((label, items, bar) -> label + String.join(bar, items)));
  }

  @Provide
  Arbitrary<String> readMore() {
    Arbitrary<String> label = Arbitraries.of("SIGUE LEYENDO / KEEP READING", "PROČITAJTE JOŠ / READ MORE", "Keep reading", "Lire aussi",
        "Lee más", "Continue reading", "Weiterlesen");
    Arbitrary<String> headline = Arbitraries.of("Semana Santa carpets: the families who make them every year",
        "Žeželj Bridge: five years of trains and trucks", "Port of Moroni dredging to start in January");
    Arbitrary<String> link = Combinators.combine(label, headline).as((l, h) -> l + ": " + h);
    return Arbitraries.oneOf(link, link.map(l -> "[ " + l + " ]"));
  }

  @Provide
  Arbitrary<String> mastheadLines() {
    Arbitrary<String> outlet = Arbitraries.of("Novi Sad Monitor", "Bergen Harbour News", "Nuuk Morning", "Bay Islands Beacon");
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("Editor-in-chief and responsible editor", "Glavni i odgovorni urednik", "Directrice de la publication ",
            "Rédacteur en chef", "Ansvarlig redaktør"), Arbitraries.of("Kari Lunde", "Milan Petrović", "Aïcha Diallo"), outlet)
            .as((role, name, o) -> role + ": " + name + ". " + o + " follows the Ethical Code of Practice for the press."),
        outlet.map(o -> o + " is registered in the Register of Media under number NV000123. Reproduction only with a link to the source."),
        outlet.map(o -> o + " is a member of the Press Council and subscribes to its code of practice."),
        Arbitraries.of("Published every Thursday by Beacon Media, S. de R.L., Coxen Hole, Roatán, Islas de la Bahía.",
            "Printed and published weekly by Harbour Press Ltd, PO Box 1100, Port Moresby."),
        Combinators.combine(Arbitraries.of("Today's", "This week's"), outlet, Arbitraries.of("is supported by", "is underwritten by", "comes to you sponsored by"))
            .as((when, o, verb) -> when + " " + o + " " + verb + " Kalaallit Credit Union: loans for boats, homes and snowmobiles."),
        Arbitraries.of("Tips? Send an e-mail to tips@bergenharbournews.example or call our news desk on +47 55 00 00 00",
            "News tips? Call the desk on +993 12 00 00 00 or write to desk@kopetdag.example"),
        Arbitraries.of("Comments (14) - You must be logged in to comment. Log in | Register", "You need to be signed in to post a comment."),
        Arbitraries.of("CLASSIFIEDS  Boat for sale, 24 ft panga with 115 hp Yamaha, call 9987-0000.",
            "SMALL ADS Room to let in French Harbour, 2 beds, L.12,000 a month."));
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The fuel price rose to 11.20 kroner a litre on Monday, and diesel to 10.45, the distributor said in a statement.",
        "The air raid alert lasted three hours, and residents spent the night in shelters and metro stations across the city.",
        "The project is supported by the European Union and will run until the end of 2026, the ministry said.",
        "Editor-in-chief Kari Lunde said the paper would appeal the ruling and keep publishing the documents.",
        "The station was entered in the media register in 2019 under number 114, officials said, but its licence has now lapsed.",
        "Classified documents were found in the former minister's office, prosecutors told the court on Friday.",
        "Published every Thursday since 1952, the paper has never missed an issue, its owners said at the anniversary dinner.",
        "Tips from residents led police to the warehouse, where officers found forty stolen bicycles and two boats.",
        "The newspaper follows a strict code of practice on naming children, the press council said in its ruling.",
        "The exchange rate fell to 41.18 hryvnias to the dollar after the central bank's decision, traders said.",
        "LATEST figures show the peso closed at 58.31 to the dollar, its weakest level since March.");
  }
}
