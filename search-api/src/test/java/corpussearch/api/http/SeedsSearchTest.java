package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example requests over the shipped corpus, and completions for whatever a person has
 * typed of a seed word: none starts or ends on an English stop word (Lucene's set), so no "Kabul
 * and American", no "the".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsSearchTest {

  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private TestServer service;
  private ServiceClient client;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    service = TestServer.seeds(temp);
    client = new ServiceClient(service.port());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
  }

  @Test
  void kabulAirportAtSaudiPress() {
    JsonNode result = client.get("/api/search?q=Kabul+airport&outlet=Saudi+Press").json();
    assertThat(result.get("total").asInt()).isPositive();
    JsonNode top = result.get("hits").get(0);
    assertThat(top.get("outlet").asText()).isEqualTo("Saudi Press");
    assertThat(top.get("date").asText()).isEqualTo("2024-04-25");
    assertThat(top.get("highlight").asText()).contains("<mark>Kabul airport</mark>");
    // Multi-select: the other outlets that mention Kabul airport stay counted.
    assertThat(result.get("facets").get("outlet").toString()).contains("American Kahani", "{\"value\":null,");
  }

  @Test
  void facetsKnowTheSeedsMetadata() {
    JsonNode facets = client.get("/api/facets").json().get("facets");
    assertThat(facets.get("outlet").toString()).contains("The Express Tribune", "American Kahani", "Saudi Press", "New Eastern Outlook");
    assertThat(facets.get("author").toString()).contains("Andrew Korybko", "Rohan Kumar", "Salman Rafi Sheikh");
    assertThat(facets.get("year").toString()).contains("\"2021\"", "\"2024\"");
    assertThat(client.get("/health").json().get("articles").asInt()).isEqualTo(5);
  }

  @Test
  void pageFurnitureIsNotSearchable() {
    for (String q : new String[] {"Julian Assange", "Starlink", "Comments FAQ", "syed baqar ahsan", "Please select digest"}) {
      assertThat(client.search("q", q).json().get("total").asInt()).as(q).isZero();
    }
  }

  @Test
  void suggestsMultiWordNamesFromTheCorpus() {
    assertThat(client.get("/api/suggest?q=maria+z").json().get("suggestions").toString()).contains("Maria Zakharova");
    assertThat(client.get("/api/suggest?q=islamic").json().get("suggestions").toString()).contains("Islamic State");
  }

  @Test
  void spellingSuggestionWhenNothingMatches() {
    // Short words get no typo tolerance and long ones at most two edits; beyond that, a hint.
    JsonNode shortWord = client.search("q", "Kabl").json();
    assertThat(shortWord.get("total").asInt()).isZero();
    assertThat(shortWord.get("suggestion").asText()).isEqualToIgnoringCase("kabul");
    JsonNode twoTypos = client.search("q", "Tilibxn").json();
    assertThat(twoTypos.get("total").asInt()).isZero();
    assertThat(twoTypos.get("suggestion").asText()).isEqualToIgnoringCase("taliban");
  }

  @Test
  void noSuggestionForAnyPrefixOfASeedWordStartsOrEndsOnAStopWord() throws IOException {
    TreeSet<String> prefixes = seedWordPrefixes();
    Map<String, List<String>> offending = new TreeMap<>();
    for (String prefix : prefixes) {
      ServiceClient.Reply reply = client.get("/api/suggest?size=10&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
      assertThat(reply.status()).isEqualTo(200);
      reply.json().get("suggestions").forEach(s -> {
        if (endsOnAStopWord(s.asText())) {
          offending.computeIfAbsent(prefix, p -> new ArrayList<>()).add(s.asText());
        }
      });
    }
    assertThat(prefixes).hasSizeGreaterThan(1000);
    assertThat(offending).as("suggestions starting or ending on a stop word, by prefix").isEmpty();
  }

  /** Whether the first or last word of {@code suggestion} (split at spaces, punctuation trimmed) is a stop word. */
  private static boolean endsOnAStopWord(String suggestion) {
    String[] words = suggestion.strip().split("\\s+");
    return isStopWord(words[0]) || isStopWord(words[words.length - 1]);
  }

  private static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word.replaceAll("^\\P{L}+|\\P{L}+$", "").toLowerCase(Locale.ROOT));
  }

  /** Every prefix of two letters or more of every word in the seed files. */
  private static TreeSet<String> seedWordPrefixes() throws IOException {
    TreeSet<String> prefixes = new TreeSet<>();
    try (Stream<Path> files = Files.list(TestCorpora.SEEDS)) {
      for (Path file : files.toList()) {
        Matcher words = WORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (words.find()) {
          String word = words.group().toLowerCase(Locale.ROOT);
          for (int end = 2; end <= word.length(); end++) {
            prefixes.add(word.substring(0, end));
          }
        }
      }
    }
    return prefixes;
  }
}
