package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * One byline grammar, label? names (conjunction names)? (role)? (place)?, in the languages of
 * pages abroad: "Por Juliana Farias e Tiago Monteiro, de Belém", "Ekri pa: Wideline Pierre ak Jude
 * Saint-Fleur", "TEXTE : CLAIRE WAMYTAN", "Ana Pech Canul | Corresponsal en Progreso", "Frida
 * Mattsson, nyhetsreporter". A sentence that opens with a name is no byline.
 */
class BylineGrammarTest {

  private static final List<String> GIVEN = List.of("Juliana", "Tiago", "Wideline", "Jude", "Claire", "Frida", "Ana", "Teva", "Mehmet", "Ingrid");
  private static final List<String> FAMILY = List.of("Farias", "Monteiro", "Pierre", "Saint-Fleur", "Wamytan", "Mattsson", "Pech Canul",
      "Tehei", "Yılmaz", "Halvorsen");

  /** How a byline's author list separates its names, as the index splits them. */
  private static final java.util.regex.Pattern LISTED = java.util.regex.Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*");

  @Property(tries = 300)
  void aLabelledBylineInAnyLanguageGivesItsNames(
      @ForAll("names") String first, @ForAll("names") String second, @ForAll("labels") String label,
      @ForAll("conjunctions") String conjunction, @ForAll("places") String place, @ForAll boolean two) {
    String names = two ? first + " " + conjunction + " " + second : first;
    String line = label + " " + names + place;

    assertThat(BylineRules.parse(line).map(byline -> List.of(LISTED.split(byline.author())))).as(line)
        .contains(two ? List.of(first, second) : List.of(first));
  }

  @Property(tries = 200)
  void aNameAndItsJobInAnyLanguageGiveTheName(
      @ForAll("names") String name, @ForAll("roles") String role, @ForAll("roleSeparators") String separator) {
    String line = name + separator + role;

    assertThat(AuthorLineRules.nameWithRole(line).map(Candidate::value)).as(line).contains(name);
  }

  @Property(tries = 200)
  void aSentenceOpeningWithANameIsNoByline(@ForAll("names") String name, @ForAll("conjunctions") String conjunction,
      @ForAll("names") String other) {
    String sentence = name + " " + conjunction + " " + other + " said the night bus would run until 2 a.m. for workers in Progreso.";

    assertThat(BylineRules.parse(sentence).map(BylineRules.Byline::author)).as(sentence).isEmpty();
    assertThat(AuthorLineRules.nameWithRole(sentence)).as(sentence).isEmpty();
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of(GIVEN), Arbitraries.of(FAMILY)).as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("By", "Por", "Par", "Von", "Av", "Oleh", "Ekri pa:", "Ekri pa", "Texte :", "Texto:", "Tekst:", "Text:",
        "Escrito por", "Rédigé par", "Author:");
  }

  @Provide
  Arbitrary<String> conjunctions() {
    return Arbitraries.of("and", "&", "y", "e", "et", "und", "och", "og", "ja", "ak", "dan", "és", "ve");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("", ", de Belém", ", in Kyiv", ", à Nouméa");
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("Staff Writer", "corresponsal en Progreso", "Corresponsal", "nyhetsreporter", "Lokalredakteurin",
        "journaliste", "repórter", "giornalista", "korrespondent i Bryssel", "Enviado especial");
  }

  @Provide
  Arbitrary<String> roleSeparators() {
    return Arbitraries.of(", ", " | ", " — ", " / ");
  }
}
