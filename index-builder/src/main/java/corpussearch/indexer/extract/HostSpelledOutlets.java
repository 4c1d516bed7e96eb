package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code host-words}: the site's address alone on a line at the top ("lagosdailyherald.example", as
 * a reader view or a copy keeps it above the headline), spelled out in the page's own capitalised
 * words: "Lagos Daily Herald" when the page writes "Lagos", "Daily" and "Herald" somewhere. Two
 * words or more, each as the page writes it, so that an address the page does not spell out (a
 * brand, initials, a figure) names nothing; an address whose hyphens set its words apart
 * ("badische-abendzeitung.example") spells them out itself. It is weak evidence: a masthead, a
 * copyright line or a sign-off that prints the name beats it.
 *
 * <p>A short address may be the outlet's initials instead ("bnb.example" over "By Farid Osman, Borneo
 * National Broadcasting"): a run of capitalised words standing alone between other text, one word
 * per letter of the address, names the outlet the same way. The run must be whole (no capitalised
 * word before or after it), so a longer name whose middle words happen to share the letters names
 * nothing. A one-word address names the outlet when the page writes that word as a name on two lines,
 * or once after "The" ("sentinel.example" over "Photograph: Omar Saleh/The Sentinel"). An address
 * that ends in a publication's kind ("nbsnews.example") needs only the words before it on the page;
 * one that leaves the kind out ("meridianworld.example") takes it from the page ("Meridian World Service").
 */
final class HostSpelledOutlets {
  private static final Pattern HOST_LINE =
      Pattern.compile("(?i)(?:https?://)?(?:www\\.)?([a-z]{3,40}(?:-[a-z]{3,40}){0,4})\\.[a-z]{2,10}(?:\\.[a-z]{2})?/?");
  /** A run of capitalised words, each separated by one space: "Borneo National Broadcasting". */
  private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d'’-])\\p{Lu}\\p{L}++(?:\\s\\p{Lu}\\p{L}++)*+");
  private static final int MIN_INITIALS = 3;
  private static final int MAX_INITIALS = 6;
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}+");
  private static final int MIN_WORDS = 2;
  private static final int MIN_WORD_CHARS = 2;
  /** A one-word address names the outlet when it has this many letters and the page writes it on this many lines. */
  private static final int MIN_NAME_CHARS = 5;
  private static final int MIN_NAME_SIGHTINGS = 2;

  private HostSpelledOutlets() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      Matcher host = HOST_LINE.matcher(page.text(line));
      if (page.isTop(line) && host.matches()) {
        String address = host.group(1).toLowerCase(Locale.ROOT);
        Map<String, String> words = words(page);
        Optional<String> name = address.contains("-") ? hyphenated(address, words)
            : spelled(address, words).or(() -> withKind(address, words))
                .or(() -> initialled(address, page, line)).or(() -> named(address, page, line));
        name.map(found -> withKindAfter(found, page)).ifPresent(found -> out.propose(Candidate.of(OUTLET, found, RuleNames.HOST_WORDS, line)));
      }
    }
  }

  /**
   * An address whose hyphens set its words apart ("badische-abendzeitung"), each word as the page
   * writes it, else capitalised: the address spells the name out, only its case is unknown.
   */
  private static Optional<String> hyphenated(String host, Map<String, String> words) {
    return Optional.of(Arrays.stream(host.split("-"))
        .map(word -> words.getOrDefault(word, Character.toUpperCase(word.charAt(0)) + word.substring(1)))
        .collect(Collectors.joining(" ")));
  }

  /** The capitalised words of {@code page} by their lower-case form, as first written in ordinary case if ever. */
  private static Map<String, String> words(ArticleLines page) {
    Map<String, String> words = new HashMap<>();
    for (int line : page.nonBlank()) {
      Matcher word = WORD.matcher(page.text(line));
      while (word.find()) {
        String written = word.group();
        String key = written.toLowerCase(Locale.ROOT);
        String ordinary = PageHeader.isCapitals(written) ? NameCase.asWritten(written) : written;
        if (!words.containsKey(key) || PageHeader.isCapitals(words.get(key)) && !PageHeader.isCapitals(written)) {
          words.put(key, ordinary);
        }
      }
    }
    return words;
  }

  /**
   * {@code name} with the word saying it is a publication that the page writes after it, where the
   * address leaves it out: "Meridian World Service" on meridianworld.example. A page that writes the
   * name alone as well signs with it ("Hindukush Broadcasting" over "Copyright … Hindukush
   * Broadcasting Service"); more words after the kind make a company's name ("… News &amp; Media").
   */
  private static String withKindAfter(String name, ArticleLines page) {
    Pattern sighting = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?:\\s(\\p{Lu}\\p{L}+))?(?![\\p{L}\\d]|\\s+(?:&|and\\s|\\p{Lu}))");
    List<MatchResult> sightings = page.nonBlank().stream().flatMap(line -> sighting.matcher(page.text(line)).results()).toList();
    if (sightings.stream().anyMatch(found -> found.group(1) == null)) {
      return name;
    }
    return sightings.stream().filter(found -> OutletNames.isPublicationWord(found.group(1))).map(MatchResult::group).findFirst().orElse(name);
  }

  /** {@code host} ("mindanaodispatch") as the fewest capitalised words of {@code page} that spell it out, when two or more do. */
  static Optional<String> spelledOnPage(String host, ArticleLines page) {
    return spelled(host, words(page));
  }

  /** {@code host} as the fewest page words that spell it out, when two or more do. */
  static Optional<String> spelled(String host, Map<String, String> words) {
    return spelled(host, words, MIN_WORDS);
  }

  /**
   * {@code host} ("nbsnews") as page words followed by a word saying it is a publication that the
   * page need not write ("NBS News"): a page names its outlet by the distinctive part more often
   * than in full.
   */
  private static Optional<String> withKind(String host, Map<String, String> words) {
    for (int start = 1; start < host.length() - 1; start++) {
      String kind = host.substring(start);
      if (OutletNames.isPublicationWord(kind)) {
        String written = kind.length() <= 2 ? kind.toUpperCase(Locale.ROOT) : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        Optional<String> named = spelled(host.substring(0, start), words, 1).map(name -> name + " " + words.getOrDefault(kind, written));
        if (named.isPresent()) {
          return named;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> spelled(String host, Map<String, String> words, int minWords) {
    List<List<String>> best = new ArrayList<>();
    best.add(List.of());
    for (int end = 1; end <= host.length(); end++) {
      List<String> shortest = null;
      for (int start = Math.max(0, end - 20); start <= end - MIN_WORD_CHARS; start++) {
        String word = words.get(host.substring(start, end));
        List<String> before = best.get(start);
        if (word != null && before != null && (shortest == null || before.size() + 1 < shortest.size())) {
          shortest = new ArrayList<>(before);
          shortest.add(word);
        }
      }
      best.add(shortest);
    }
    List<String> found = best.get(host.length());
    return found != null && found.size() >= minWords ? Optional.of(String.join(" ", found)) : Optional.empty();
  }

  /** The first whole run of capitalised words on a line of {@code page} other than {@code hostLine} whose initials are {@code host}. */
  private static Optional<String> initialled(String host, ArticleLines page, int hostLine) {
    if (host.length() < MIN_INITIALS || host.length() > MAX_INITIALS) {
      return Optional.empty();
    }
    return page.nonBlank().stream()
        .filter(line -> line != hostLine)
        .flatMap(line -> RUN.matcher(page.text(line)).results().map(MatchResult::group))
        .filter(run -> initials(run).equals(host))
        .findFirst();
  }

  /**
   * A one-word address ("ostblick.example") that the page writes as a capitalised word on {@value
   * #MIN_NAME_SIGHTINGS} lines or more besides the address's: the breadcrumb's first item, "… in der
   * Mai-Ausgabe von Ostblick". A word seen once may be one of the story's.
   */
  private static Optional<String> named(String host, ArticleLines page, int hostLine) {
    if (host.length() < MIN_NAME_CHARS) {
      return Optional.empty();
    }
    // a sentence's stop may follow the name, an address's dot and suffix may not ("ostblick.example")
    Pattern word = Pattern.compile("(?<![\\p{L}\\d.-])(?:(?i:the)\\s+)?\\p{Lu}(?i:" + Pattern.quote(host.substring(1)) + ")(?![\\p{L}\\d-]|\\.\\p{L})");
    List<String> sightings = page.nonBlank().stream()
        .filter(line -> line != hostLine)
        .flatMap(line -> word.matcher(page.text(line)).results().limit(1).map(MatchResult::group))
        .filter(found -> found.toLowerCase(Locale.ROOT).endsWith(host))
        .toList();
    Optional<String> withArticle = sightings.stream().filter(found -> found.length() > host.length()).findFirst();
    if (withArticle.isPresent()) {
      return withArticle.map(NameCase::asWritten);
    }
    return sightings.size() >= MIN_NAME_SIGHTINGS ? Optional.of(NameCase.asWritten(sightings.get(0))) : Optional.empty();
  }

  private static String initials(String run) {
    StringBuilder letters = new StringBuilder();
    for (String word : run.split(" ")) {
      letters.append(Character.toLowerCase(word.charAt(0)));
    }
    return letters.toString();
  }
}
