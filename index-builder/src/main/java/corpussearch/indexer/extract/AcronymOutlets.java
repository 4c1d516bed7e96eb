package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code spelled-out}: an outlet the page gives by its initials ("KAYAR, Oct 15 (TNA) –", "TNA/MS/AK")
 * spelled out wherever the page writes it in full ("Teranga News Agency, Dakar — desk anglais"):
 * a run of capitalised words whose initials are the outlet's. An outlet whose copyright line signs
 * with the initials goes by them. The spelled-out name only supports
 * the initials ({@link CandidateScoring} reports the outlet under it), it never stands alone.
 */
final class AcronymOutlets {
  /** Two to six capitalised words, with connectors between them: "Teranga News Agency", "Bank of Portland Archive". */
  private static final Pattern CAPITALISED_RUN = Pattern.compile(
      "(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|the|and|for|de|du|des|la|le|el|di)\\s+)?\\p{Lu}[\\p{L}'’-]*){1,5}");

  private AcronymOutlets() {}

  /**
   * Proposes the spelled-out name of every outlet candidate already found that is initials, unless
   * the copyright line signs with the initials ("(c) CAPA 2023"): the outlet then goes by them.
   */
  static void collect(ArticleLines page, Findings out) {
    List<Candidate> outlets = out.candidates().stream().filter(c -> c.field() == OUTLET).toList();
    List<Candidate> initials = outlets.stream()
        .filter(c -> PageHeader.isCapitals(c.value()) && !c.value().contains(" "))
        .filter(c -> outlets.stream().noneMatch(o -> o.rule().equals(RuleNames.COPYRIGHT_LINE) && o.value().equals(c.value())))
        .toList();
    for (Candidate acronym : initials) {
      for (int line : page.nonBlank()) {
        spelledOut(acronym.value(), page.text(line)).ifPresent(name ->
            out.propose(new Candidate(OUTLET, name, RuleNames.SPELLED_OUT, line, Set.of())));
      }
    }
  }

  /** The run of capitalised words in {@code text}, or a stretch of one, whose initials are {@code initials}. */
  static Optional<String> spelledOut(String initials, String text) {
    Matcher run = CAPITALISED_RUN.matcher(text);
    while (run.find()) {
      Optional<String> name = stretch(initials, run.group().split("\\s+"));
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /**
   * The first and longest stretch of {@code words}, from a capitalised word to one, whose initials are
   * {@code initials}: a text browser's copy runs a masthead into its menu ("Indus Press Agency Home
   * Pakistan World", once the link numbers between them are gone).
   */
  private static Optional<String> stretch(String initials, String[] words) {
    for (int from = 0; from < words.length; from++) {
      for (int to = words.length; to > from + 1 && Character.isUpperCase(words[from].codePointAt(0)); to--) {
        String name = String.join(" ", Arrays.asList(words).subList(from, to));
        if (Character.isUpperCase(words[to - 1].codePointAt(0)) && OutletInitials.isInitialsOf(initials, name)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }
}
