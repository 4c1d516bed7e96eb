package corpussearch.indexer.paragraphs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops what lies at the story's edges and shares no subject with it.
 *
 * <ul>
 *   <li><b>After the story</b>, walking back from the last paragraph: a paragraph in which no
 *       sentence ends (a label, a row of links, a credit, another story's headline) and shares at most
 *       a third of its words with the story's prose before it, or a sentence that speaks to the reader or
 *       as the publisher ("you", "our", "nous", "wir" …) and shares none of them, is dropped;
 *       the first paragraph that is neither is where the story ends.
 *   <li><b>Before the story</b>, walking on from the first paragraph, the same with the story's
 *       prose after it (a consent banner over the masthead, "Wir verwenden Cookies …", speaks as
 *       the publisher); the first sentence that stays is where the story begins.
 * </ul>
 * The story's prose is its paragraphs of {@value #MIN_PROSE_WORDS} words or more in which a
 * sentence ends, so that one notice's words never make the next notice look on topic. Words are
 * compared by their first {@value #STEM} letters ("attacks" meets "attacked"), and only words that
 * long count, so that the comparison holds in any language written with spaces.
 *
 * <p>Why: the rules of each kind name the furniture they have met, and a site's next notice is
 * worded otherwise; what furniture at a story's edges shares, whatever it says, is that it is
 * about something else (the site, the reader, other stories), while a story's people, places and
 * matter recur through it. A story's last sentence may be about something new ("The scheme will
 * be reviewed after one year."), so a sentence in the third person is kept whatever it shares, as
 * is anything quoted or attributed; an opinion piece's closing call ("We should keep asking.")
 * shares the argument's words and is kept too. A page of fewer than {@value #MIN_STORY} paragraphs
 * beside the one judged is left alone: there is too little story to compare with.
 */
final class OffTopicEdgesRule implements FurnitureRule {
  private static final int STEM = 5;
  private static final int MAX_WORDS = 60;
  private static final int MIN_STORY = 3;
  private static final double MAX_SHARED = 1.0 / 3;
  private static final int MIN_OWN_WORDS = 2;
  private static final int MIN_PROSE_WORDS = 8;
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  /**
   * A sentence's end, perhaps behind a closing quote or bracket and a note's mark ("… equipment.2",
   * "… two seasons.[1]", "… (2024).¹"), before a space or the paragraph's end.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?…][\"'”’»)\\]]*+(?:\\d{1,3}+|\\[\\d{1,3}+\\]|[¹²³⁰-⁹*†‡]++)?(?=\\s|$)");
  /**
   * The reader or the publisher in person, in English, French, Spanish, German and Portuguese: "you",
   * "our", "nous", "wir". Not "I" or "my": an essay's or a blog's last line may be the writer's own,
   * about something new ("I still think about that morning."); and not German "Sie", which is "they" too.
   */
  private static final Pattern READER_OR_PUBLISHER = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:you|your|yours|we|our|ours|us|vous|votre|vos|nous|notre|nos|usted|ustedes"
          + "|nuestro|nuestra|nuestros|nuestras|wir|unser|unsere|euch|euer|você|vocês|nosso|nossa)(?![\\p{L}])");

  @Override
  public DropReason reason() {
    return DropReason.OFF_TOPIC;
  }

  /** A paragraph, its words, and whether it is of the story's prose. */
  private record Unit(List<Integer> lines, String text, Set<String> words, boolean prose) {
    Set<String> storyWords() {
      return prose ? words : Set.of();
    }
  }

  @Override
  public void apply(Page page) {
    List<Unit> units = OutsideProseRule.units(page).stream().map(lines -> {
      String text = OutsideProseRule.text(page, lines);
      return new Unit(lines, text, stems(text), isProse(text));
    }).toList();
    int end = dropAfter(page, units);
    dropBefore(page, units.subList(0, end));
  }

  /** Drops from the last paragraph back what is off the story's prose before it; returns where the story ends. */
  private int dropAfter(Page page, List<Unit> units) {
    Map<String, Integer> before = storyWords(units);
    int end = units.size();
    while (end > MIN_STORY) {
      Unit last = units.get(end - 1);
      forget(before, last.storyWords());
      if (!offTopic(last, before)) {
        break;
      }
      page.dropAll(last.lines(), reason());
      end--;
    }
    return end;
  }

  /**
   * Drops, from the first paragraph on, what is off the story's prose after it, up to the first
   * paragraph in which a sentence ends and that stays.
   */
  private void dropBefore(Page page, List<Unit> units) {
    Map<String, Integer> after = storyWords(units);
    for (int u = 0; u < units.size() - MIN_STORY; u++) {
      Unit unit = units.get(u);
      forget(after, unit.storyWords());
      if (offTopic(unit, after)) {
        page.dropAll(unit.lines(), reason());
      } else if (hasSentence(unit.text())) {
        break;
      }
    }
  }

  private static boolean offTopic(Unit unit, Map<String, Integer> story) {
    if (!isAside(unit)) {
      return false;
    }
    long shared = shared(unit.words(), story);
    return hasSentence(unit.text())
        ? shared == 0 && READER_OR_PUBLISHER.matcher(unit.text()).find()
        : shared <= unit.words().size() * MAX_SHARED;
  }

  /** A short paragraph of at least two countable words that nobody is quoted or reported in. */
  private static boolean isAside(Unit unit) {
    return unit.words().size() >= MIN_OWN_WORDS && TextShapes.atMostWords(unit.text(), MAX_WORDS)
        && !PublicationTalk.isQuotedOrReported(unit.text());
  }

  /** A paragraph of the story itself: at least {@value #MIN_PROSE_WORDS} words with a sentence in them. */
  private static boolean isProse(String text) {
    return hasSentence(text) && !TextShapes.atMostWords(text, MIN_PROSE_WORDS - 1);
  }

  /** Whether a sentence ends somewhere in {@code text}: what a label, a row of links or a headline never has. */
  private static boolean hasSentence(String text) {
    return SENTENCE_END.matcher(text).find();
  }

  private static long shared(Set<String> own, Map<String, Integer> story) {
    return own.stream().filter(story::containsKey).count();
  }

  private static Set<String> stems(String text) {
    return Arrays.stream(NON_LETTERS.split(text.toLowerCase(Locale.ROOT)))
        .filter(w -> w.length() >= STEM)
        .map(w -> w.substring(0, STEM))
        .collect(Collectors.toSet());
  }

  /** How many paragraphs of the story's prose hold each word: the story's words, from which the edges are taken one by one. */
  private static Map<String, Integer> storyWords(List<Unit> units) {
    Map<String, Integer> counts = new HashMap<>();
    units.forEach(unit -> unit.storyWords().forEach(w -> counts.merge(w, 1, Integer::sum)));
    return counts;
  }

  private static void forget(Map<String, Integer> counts, Set<String> words) {
    words.forEach(w -> counts.computeIfPresent(w, (k, n) -> n == 1 ? null : n - 1));
  }
}
