package corpussearch.analysis;

import static corpussearch.analysis.AnalyzerTokens.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexing chain of {@link CorpusAnalyzer}, one behaviour at a time, by its exact tokens. */
class CorpusAnalyzerTest {

  private static final Analyzer QUERY_WORDS = CorpusAnalyzer.forQueryWords();

  @Nested
  class Apostrophes {

    @Test
    void curlyAndStraightPossessivesBothBecomeTheBareWord() {
      assertThat(tokens("Kabul’s")).containsExactly("kabul");
      assertThat(tokens("Kabul's")).containsExactly("kabul");
      assertThat(tokens("Thursday’s bombing of Kabul’s airport"))
          .isEqualTo(tokens("Thursday's bombing of Kabul's airport"))
          .containsExactly("thursday", "bomb", "of", "kabul", "airport");
    }

    @Test
    void otherApostropheLookalikesAreNormalisedToo() {
      // U+2018, U+02BC (modifier letter apostrophe), U+2032 (prime), U+FF07 (fullwidth)
      for (String apostrophe : new String[] {"\u2018", "\u02bc", "\u2032", "\uff07"}) {
        assertThat(tokens("Kabul" + apostrophe + "s")).as("apostrophe U+%04X", (int) apostrophe.charAt(0)).containsExactly("kabul");
      }
    }

    @Test
    void pluralPossessiveWithTrailingApostropheIsThePluralStem() {
      assertThat(tokens("girls’")).containsExactly("girl");
      assertThat(tokens("girls'")).containsExactly("girl");
      assertThat(tokens("girls’ schools")).isEqualTo(tokens("girls schools")).containsExactly("girl", "school");
    }

    @Test
    void contractionsWithCurlyApostropheMatchStraightOnes() {
      assertThat(tokens("it’s")).isEqualTo(tokens("it's"));
      assertThat(tokens("don’t")).isEqualTo(tokens("don't")).containsExactly("don't");
    }
  }

  @Nested
  class HyphenatedAcronyms {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"IS-K, isk", "ISIS-K, isisk", "ISIL-K, isilk", "IS-KP, iskp", "ISIS-KP, isiskp", "is-k, isk", "isis-k, isisk", "Isil-K, isilk"})
    void areJoinedIntoOneToken(String written, String token) {
      assertThat(tokens(written)).containsExactly(token);
    }

    @Test
    void joinedFormEqualsTheUnhyphenatedSpelling() {
      assertThat(tokens("IS-KP")).isEqualTo(tokens("ISKP"));
      assertThat(tokens("IS-K")).isEqualTo(tokens("ISK"));
    }

    @ParameterizedTest(name = "hyphen U+{0}")
    @ValueSource(strings = {"2010", "2011"})
    void unicodeHyphensJoinLikeTheAsciiOne(String hex) {
      String hyphen = Character.toString(Integer.parseInt(hex, 16));
      assertThat(tokens("IS" + hyphen + "K")).containsExactly("isk");
      assertThat(tokens("ISIS" + hyphen + "K")).containsExactly("isisk");
    }

    @Test
    void possessiveOfAJoinedAcronymIsTheAcronym() {
      assertThat(tokens("IS-K’s leader")).containsExactly("isk", "leader");
      assertThat(tokens("ISIS-K's attacks")).containsExactly("isisk", "attack");
    }

    @Test
    void usTrainedIsNotJoined() {
      assertThat(tokens(QUERY_WORDS, "US-trained")).containsExactly("usa", "train");
      assertThat(tokens(QUERY_WORDS, "Why are US-trained Afghans now joining IS-K?"))
          .containsSubsequence("usa", "train")
          .doesNotContain("ustrained", "ustrain")
          .endsWith("join", "isk");
    }

    @Test
    void theIsOfIsKIsNeverLost() {
      // Joined, the acronym survives as one token in running text, at its own position...
      assertThat(tokens("claimed by IS-K on Thursday")).containsExactly("claim", "by", "isk", "on", "thursday");
      assertThat(tokens("(IS-K) franchise")).containsExactly("isk", "franchise");
      assertThat(tokens("IS-K.")).containsExactly("isk");
      // ...and a bare "IS" is neither a stop word nor dropped.
      assertThat(tokens("IS claimed the attack")).containsExactly("is", "claim", "the", "attack");
    }

    @Test
    void ordinaryHyphenatedWordsAreNotJoinedInQueries() {
      assertThat(tokens(QUERY_WORDS, "War-on-Terror")).containsExactly("war", "on", "terror");
      assertThat(tokens(QUERY_WORDS, "face-to-face")).containsExactly("face", "to", "face");
      assertThat(tokens(QUERY_WORDS, "anti-US protests")).containsExactly("anti", "usa", "protest");
      assertThat(tokens(QUERY_WORDS, "Pak-US ties")).containsExactly("pak", "usa", "tie");
    }

    @Test
    void ordinaryHyphenatedWordsKeepTheirPartsWhenIndexedJoined() {
      assertThat(tokens("War-on-Terror")).containsExactly("waronterror", "war", "on", "terror");
      assertThat(tokens("face-to-face")).containsExactly("facetoface", "face", "to", "face");
    }
  }

  @Nested
  class CountryAcronym {

    @ParameterizedTest(name = "{0} -> usa")
    @ValueSource(strings = {"U.S.", "U.S", "US", "USA", "U.S.A.", "U.S.A"})
    void everySpellingOfTheCountryIsUsa(String written) {
      assertThat(tokens(written)).containsExactly("usa");
    }

    @Test
    void inRunningTextTooIncludingTrailingPossessiveApostrophe() {
      assertThat(tokens("both the U.S. and the Taliban")).containsExactly("both", "the", "usa", "and", "the", "taliban");
      assertThat(tokens("the US’ regional image")).containsExactly("the", "usa", "regional", "image");
    }

    @Test
    void lowerCasePronounStaysUs() {
      assertThat(tokens("us")).containsExactly("us");
      assertThat(tokens("they told us")).containsExactly("they", "told", "us");
    }

    @Test
    void sentenceInitialCapitalisedPronounStaysUs() {
      assertThat(tokens("Us")).containsExactly("us");
      assertThat(tokens("Us and them")).containsExactly("us", "and", "them");
    }

    @Test
    void possessiveOfTheCountryIsStillTheCountry() {
      assertThat(tokens("US’s")).containsExactly("usa");
      assertThat(tokens("US's withdrawal")).containsExactly("usa", "withdrawal");
      assertThat(tokens("U.S.'s withdrawal")).containsExactly("usa", "withdrawal");
    }
  }

  @Nested
  class AccentFolding {

    @Test
    void transliterationWithMacronsEqualsThePlainOne() {
      assertThat(tokens("al-Baghdādī")).isEqualTo(tokens("al-Baghdadi")).containsExactly("albaghdadi", "al", "baghdadi");
    }

    @Test
    void otherDiacriticsAreFolded() {
      assertThat(tokens("Ḥaqqānī Café naïve")).containsExactly("haqqani", "cafe", "naive");
    }
  }

  @Nested
  class Numbers {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {"2,000|2000", "20,000|20000", "2,000,000|2000000", "2000|2000"})
    void thousandsSeparatorsAreDropped(String written, String token) {
      assertThat(tokens(written)).containsExactly(token);
    }

    @Test
    void separatedAndPlainNumbersAreTheSameTerm() {
      assertThat(tokens("some 2,000 fighters")).isEqualTo(tokens("some 2000 fighters")).containsExactly("some", "2000", "fighter");
    }

    @Test
    void aCommaThatIsNotAThousandsSeparatorStays() {
      assertThat(tokens("1,2")).containsExactly("1,2");
      assertThat(tokens("3,14")).containsExactly("3,14");
    }
  }

  @Nested
  class Stemming {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"attacks, attack", "fighters, fighter", "joining, join", "joined, join", "bombings, bomb", "threats, threat"})
    void inflectionsShareTheirStem(String inflected, String base) {
      assertThat(tokens(inflected)).isEqualTo(tokens(base)).containsExactly(base);
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"university, universe", "news, new", "policy, police", "general, generation", "organ, organization", "arms, arm"})
    void unrelatedWordsAreNotMerged(String one, String other) {
      assertThat(tokens(one)).isNotEqualTo(tokens(other));
    }

    @Test
    void unrelatedWordsKeepTheirOwnForm() {
      assertThat(tokens("university universe news new policy police"))
          .containsExactly("university", "universe", "news", "new", "policy", "police");
    }

    @Test
    void isisIsNotMergedWithIsi() {
      assertThat(tokens("ISIS")).containsExactly("isis");
      assertThat(tokens("ISIS")).isNotEqualTo(tokens("ISI"));
    }
  }

  @Nested
  class BritishAndAmericanSpelling {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
      "recognise, recognize",
      "recognised, recognized",
      "recognising, recognizing",
      "organisation, organization",
      "organisations, organizations",
      "neighbours, neighbors",
      "neighbour, neighbor",
      "colour, color",
      "defence, defense",
      "offences, offenses",
      "centre, center",
      "centres, centers",
      "analyse, analyze",
      "analysed, analyzed",
      "catalogue, catalog",
      "dialogue, dialog",
      "licence, license"
    })
    void britishSpellingEqualsAmerican(String british, String american) {
      assertThat(tokens(british)).isEqualTo(tokens(american)).hasSize(1);
    }

    @Test
    void spellingIsNormalisedBeforeStemmingSoInflectionsMeetToo() {
      assertThat(tokens("neighbours")).containsExactly("neighbor");
      assertThat(tokens("recognised")).containsExactly("recognize");
      assertThat(tokens("organisations")).containsExactly("organization");
      assertThat(tokens("defence")).containsExactly("defense");
      assertThat(tokens("centre")).containsExactly("center");
      assertThat(tokens("analyse")).containsExactly("analyze");
      assertThat(tokens("catalogue")).containsExactly("catalog");
    }

    @ParameterizedTest(name = "{0} unchanged")
    @ValueSource(
        strings = {
          "rise", "advise", "exercise", "surprise", "promise", "compromise", "otherwise", "hour", "four",
          "your", "contour", "detour", "flour", "vogue", "rogue"
        })
    void wordsThatOnlyLookBritishAreUnchanged(String word) {
      assertThat(tokens(word)).containsExactly(word);
    }

    @Test
    void inflectionsOfWordsThatOnlyLookBritishAreUnchanged() {
      assertThat(tokens("advised")).isNotEqualTo(tokens("advized"));
      assertThat(tokens("surprising")).containsExactly("surprising");
      assertThat(tokens("hours")).containsExactly("hour");
      assertThat(tokens("yours")).containsExactly("yours");
    }
  }
}
