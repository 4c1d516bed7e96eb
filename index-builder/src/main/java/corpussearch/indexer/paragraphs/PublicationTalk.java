package corpussearch.indexer.paragraphs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a paragraph speaks about the publication rather than the story: the page, the post, this
 * version or translation of it as the subject of its sentence ("This page has been translated from
 * …", "In case of discrepancies, the Russian version prevails.", "Translation of the statement
 * was provided by …"), or the outlet itself as the subject of a sentence in the present that
 * shares at most one word with the story's lead ("Sahel Digest is not responsible for …", "Frontier
 * Newsline aggregates news from …"). Every other sentence of the paragraph must be of the same
 * kind or a few words without a verb of their own ("Republished with permission.", "Show
 * original").
 *
 * <p>Why: a story speaks of events; the publication speaks of itself, of the page the reader is
 * on, and of its standing practice, always in the present. A story that names its own outlet does
 * so reporting ("The Herald reported on Monday that …", "… told the Herald") or about the story's
 * own matter, which its lead names too ("The Herald understands the council will …"), and is kept;
 * so is anything in quotation marks or attributed to a speaker.
 */
final class PublicationTalk {
  private static final int MAX_WORDS = 60;
  private static final int MAX_ASIDE_WORDS = 6;
  private static final int MIN_CONTENT_LETTERS = 5;
  /** A sentence about the story's own matter shares two of its lead's words at least; one ("forty") may be chance. */
  private static final int MIN_SHARED_WORDS = 2;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern LEADING_LABEL = Pattern.compile("^\\p{L}[^:!?.]{0,30}:\\s+");
  /** A quotation, or a clause attributing the sentence to someone: ", the minister said". */
  private static final Pattern QUOTED_OR_REPORTED =
      Pattern.compile("(?iu)[\"“”«»]|\\b(?:said|says|told|according\\s+to)\\b");
  /**
   * The page itself as the subject, after at most a short opening clause: "This page has been …",
   * "This is an English translation of …", "In case of discrepancies, the Russian version
   * prevails.", "The English translation of …", "Translation of the … was provided by …".
   */
  private static final Pattern SELF = Pattern.compile(
      "(?iu)^(?:[^,]{1,40},\\s+)?(?:"
          + "this\\s+(?:web\\s*)?(?:page|article|post|website|blog|newsletter)\\b"
          + "|this\\s+is\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:translation|transcript)\\b"
          + "|(?:the|an?)\\s+(?:[\\p{L}-]+\\s+)?(?:version|translation)\\s+(?:of\\s+this\\b|prevails|is\\s+(?:authoritative|binding))"
          + "|(?:(?:the|an?)\\s+)?(?:[\\p{L}-]+\\s+)?translation\\s+(?:of|from|into)\\s+[^.!?]{1,80}?\\s(?:was|is|has\\s+been)\\s+"
          + "(?:provided|made|done|supplied|prepared)\\b)");
  /** A verb in the present after the outlet's name: "is", "does not", "aggregates", "publishes". */
  private static final Pattern PRESENT =
      Pattern.compile("(?u)^\\s+(?:is|are|does|do|(?!was\\b|has\\b)\\p{Ll}{3,30}s)\\b(?!\\s+\\p{Ll}{1,30}ing\\b)");
  private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

  private final String outlet;
  private final Set<String> leadWords;
  private final String initials;

  /**
   * @param outlet the article's outlet, or null when unknown
   * @param lead the story's opening text, whose words a sentence about the story shares
   */
  PublicationTalk(String outlet, String lead) {
    this.outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
    Set<String> own = contentWords(this.outlet == null ? "" : this.outlet);
    this.leadWords = contentWords(lead).stream().filter(w -> !own.contains(w)).collect(Collectors.toSet());
    this.initials = initials(this.outlet);
  }

  /** Whether {@code text} quotes someone or attributes its words ("said", "told", "according to"): a story's line. */
  static boolean isQuotedOrReported(String text) {
    return QUOTED_OR_REPORTED.matcher(text).find();
  }

  /** Whether {@code text}, one paragraph, speaks about the publication as described above. */
  boolean isAboutPublication(String text) {
    if (!TextShapes.atMostWords(text, MAX_WORDS) || isQuotedOrReported(text)) {
      return false;
    }
    List<String> sentences = List.of(SENTENCE_END.split(LEADING_LABEL.matcher(text.strip()).replaceFirst("")));
    return sentences.stream().anyMatch(this::speaksOfItself)
        && sentences.stream().allMatch(s -> speaksOfItself(s) || TextShapes.atMostWords(s, MAX_ASIDE_WORDS));
  }

  /** Whether {@code text} opens with a sentence about the page itself, wherever the text stands. */
  boolean opensAboutPage(String text) {
    return isAboutPublication(text) && SELF.matcher(SENTENCE_END.split(text.strip())[0]).find();
  }

  private boolean speaksOfItself(String sentence) {
    return SELF.matcher(sentence).find() || outletAsSubject(sentence);
  }

  /**
   * The outlet's name, or its initials ("RTSI is funded by …" of Radio Tian Shan International),
   * opens the sentence, a verb in the present follows, and at most one word is the lead's.
   */
  private boolean outletAsSubject(String sentence) {
    if (outlet == null) {
      return false;
    }
    String s = sentence.regionMatches(true, 0, "The ", 0, 4) && !outlet.regionMatches(true, 0, "The ", 0, 4) ? sentence.substring(4) : sentence;
    String name = s.regionMatches(true, 0, outlet, 0, outlet.length()) ? outlet : initials.length() > 1 && s.startsWith(initials + " ") ? initials : null;
    return name != null
        && PRESENT.matcher(s.substring(name.length())).lookingAt()
        && contentWords(s.substring(name.length())).stream().filter(leadWords::contains).count() < MIN_SHARED_WORDS;
  }

  /** The first letters of the name's capitalised words: "RTSI" of "Radio Tian Shan International". */
  private static String initials(String name) {
    return name == null ? "" : Arrays.stream(name.split("[\\s-]+")).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
        .map(w -> w.substring(0, 1)).collect(Collectors.joining());
  }

  private static Set<String> contentWords(String text) {
    return Arrays.stream(WORD.split(text.toLowerCase(Locale.ROOT)))
        .filter(w -> w.length() >= MIN_CONTENT_LETTERS)
        .collect(Collectors.toSet());
  }
}
