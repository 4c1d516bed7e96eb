package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.TestCorpora;
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
 * Whatever a person has typed of a word of the shipped seeds, {@code /api/suggest} offers
 * phrases one would type whole: none starts or ends on an English stop word (Lucene's set), so no
 * "Kabul and American", no "the".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensibleSuggestionsTest {

  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private RunningService service;

  @BeforeAll
  void start(@TempDir Path temp) throws IOException {
    service = RunningService.seeds(temp);
  }

  @AfterAll
  void stop() throws IOException {
    service.close();
  }

  @Test
  void noSuggestionForAnyPrefixOfASeedWordStartsOrEndsOnAStopWord() throws IOException {
    TreeSet<String> prefixes = seedWordPrefixes();
    Map<String, List<String>> offending = new TreeMap<>();
    for (String prefix : prefixes) {
      ServiceClient.Reply reply = service.client().get("/api/suggest?size=10&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
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
