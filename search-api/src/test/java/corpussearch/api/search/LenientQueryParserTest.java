package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.search.UserQuery.Group;
import corpussearch.api.search.UserQuery.Kind;
import corpussearch.api.search.UserQuery.Part;
import corpussearch.api.search.UserQuery.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LenientQueryParserTest {

  private final LenientQueryParser parser = new LenientQueryParser();

  private static Part words(String text) {
    return new Part(Kind.WORDS, Scope.ANY, text);
  }

  private static Group group(Part... parts) {
    return new Group(List.of(parts));
  }

  @Test
  void consecutiveWordsStayTogetherForMultiWordAliases() {
    assertThat(parser.parse("Islamic State in Khorasan").groups()).containsExactly(group(words("Islamic State in Khorasan")));
  }

  @Test
  void quotedPhrase() {
    UserQuery query = parser.parse("attack \"Kabul airport\" Thursday");
    assertThat(query.groups()).containsExactly(
        group(words("attack")), group(new Part(Kind.PHRASE, Scope.ANY, "Kabul airport")), group(words("Thursday")));
  }

  @Test
  void exclusionsOfWordsAndPhrases() {
    UserQuery query = parser.parse("taliban -Biden -\"White House\"");
    assertThat(query.groups()).containsExactly(group(words("taliban")));
    assertThat(query.excluded()).containsExactly(words("Biden"), new Part(Kind.PHRASE, Scope.ANY, "White House"));
  }

  @Test
  void orBindsTheNeighbouringWordsOnly() {
    UserQuery query = parser.parse("taliban kabul OR kandahar airport");
    assertThat(query.groups()).containsExactly(
        group(words("taliban")), group(words("kabul"), words("kandahar")), group(words("airport")));
  }

  @Test
  void fieldPrefixes() {
    UserQuery query = parser.parse("title:isis author:\"Rafi Sheikh\" outlet:tribune");
    assertThat(query.groups()).containsExactly(group(new Part(Kind.WORDS, Scope.TITLE, "isis")));
    assertThat(query.filterValues(Scope.AUTHOR)).containsExactly("Rafi Sheikh");
    assertThat(query.filterValues(Scope.OUTLET)).containsExactly("tribune");
  }

  @Test
  void eachScopedWordIsAValueOfItsOwn() {
    UserQuery query = parser.parse("outlet:dawn outlet:tribune kabul airport");
    assertThat(query.filterValues(Scope.OUTLET)).containsExactly("dawn", "tribune");
    assertThat(query.groups()).containsExactly(group(words("kabul airport")));
  }

  @Test
  void filtersOfOneDimensionMayBeOred() {
    UserQuery query = parser.parse("outlet:dawn OR outlet:\"Saudi Press\" isis");
    assertThat(query.filterValues(Scope.OUTLET)).containsExactly("dawn", "Saudi Press");
    assertThat(query.groups()).containsExactly(group(words("isis")));
  }

  @Test
  void excludedOrMixedScopesStayText() {
    UserQuery query = parser.parse("-outlet:dawn kabul OR outlet:tribune");
    assertThat(query.filters()).isEmpty();
    assertThat(query.excluded()).containsExactly(new Part(Kind.WORDS, Scope.OUTLET, "dawn"));
    assertThat(query.groups()).containsExactly(group(words("kabul"), new Part(Kind.WORDS, Scope.OUTLET, "tribune")));
  }

  @Test
  void prefixNeedsTwoLetters() {
    assertThat(parser.parse("recogn*").groups()).containsExactly(group(new Part(Kind.PREFIX, Scope.ANY, "recogn")));
    assertThat(parser.parse("a*").groups()).containsExactly(group(words("a*")));
    assertThat(parser.parse("*stan").groups()).containsExactly(group(words("*stan")));
  }

  @Test
  void unknownPrefixIsPlainText() {
    assertThat(parser.parse("foo:bar").groups()).containsExactly(group(words("foo:bar")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unbalanced", "(paren", "-", "OR", ":", "*", "\"", "title:", "- OR -", "\"\""})
  void strayOperatorsAreReadAsText(String input) {
    UserQuery query = parser.parse(input);
    assertThat(query.excluded()).allSatisfy(part -> assertThat(part.text()).isNotBlank());
    query.groups().forEach(g -> assertThat(g.alternatives()).allSatisfy(part -> assertThat(part.text()).isNotEmpty()));
  }

  @Test
  void unbalancedQuoteKeepsTheWords() {
    assertThat(parser.parse("\"kabul airport").groups()).containsExactly(group(words("kabul airport")));
  }

  @Test
  void emptyAndBlankAreTheEmptyQuery() {
    assertThat(parser.parse("").isEmpty()).isTrue();
    assertThat(parser.parse("   \t ").isEmpty()).isTrue();
    assertThat(parser.parse(null).isEmpty()).isTrue();
  }
}
