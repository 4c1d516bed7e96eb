package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out an article's title, author, outlet and date from its scraped text, and which lines are
 * page furniture rather than body text.
 *
 * <p>Every value comes from a general rule about how news pages are laid out, never from knowledge
 * of particular sites or people, and carries that rule's name. What the text does not say stays
 * {@link FieldValue#unknown() unknown}. The rules live in one small class per family: {@link
 * TitleRules}, {@link MastheadRules}, {@link BylineRules}, {@link DateRules}, {@link SignOffRules},
 * {@link OutletRules} and {@link AuthorBioRules}, helped by {@link DateParser}, {@link
 * PersonNames}, {@link OutletNames} and {@link NavigationLines}.
 *
 * <h2>Precedence</h2>
 *
 * Every family proposes candidates; per field the first tier below that has a candidate wins, and
 * within a tier the candidate highest on the page wins. The order prefers labelled evidence over
 * inferred, and the top of the page (where the article describes itself) over the footer (where the
 * site describes itself).
 *
 * <ul>
 *   <li>title: {@code repeated-title}; {@code first-line}.
 *   <li>author: {@code by-line}, {@code author-label}, {@code posted-on}, {@code byline-with-date}
 *       (top-most first); {@code written-by-block}; {@code author-sign-off}; {@code author-bio}.
 *   <li>date: {@code byline-with-date}, {@code posted-on}, {@code date-label} (top-most first);
 *       {@code dateline}; {@code page-date} (a masthead date is often the day of the visit).
 *   <li>outlet: {@code masthead}, {@code by-line} (top-most first); {@code outlet-sign-off}; {@code
 *       outlet-disclaimer}; {@code copyright-line} (a legal owner, possibly a parent company, is
 *       the weakest name for the publication).
 * </ul>
 *
 * <h2>Metadata lines</h2>
 *
 * The title and its repeats, navigation, masthead and tagline lines above the title, bylines,
 * "WRITTEN BY:" blocks, date lines, sign-offs, disclaimers and copyright notices are always
 * metadata lines. An author bio is one only when it describes the reported author.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class MetadataExtractor {

  private static final Map<MetadataField, List<Set<String>>> PRECEDENCE =
      Map.of(
          TITLE,
          List.of(Set.of(RuleNames.REPEATED_TITLE), Set.of(RuleNames.FIRST_LINE)),
          AUTHOR,
          List.of(
              Set.of(
                  RuleNames.BY_LINE,
                  RuleNames.AUTHOR_LABEL,
                  RuleNames.POSTED_ON,
                  RuleNames.BYLINE_WITH_DATE),
              Set.of(RuleNames.WRITTEN_BY_BLOCK),
              Set.of(RuleNames.AUTHOR_SIGN_OFF),
              Set.of(RuleNames.AUTHOR_BIO)),
          DATE,
          List.of(
              Set.of(RuleNames.BYLINE_WITH_DATE, RuleNames.POSTED_ON, RuleNames.DATE_LABEL),
              Set.of(RuleNames.DATELINE),
              Set.of(RuleNames.PAGE_DATE)),
          OUTLET,
          List.of(
              Set.of(RuleNames.MASTHEAD, RuleNames.BY_LINE),
              Set.of(RuleNames.OUTLET_SIGN_OFF),
              Set.of(RuleNames.OUTLET_DISCLAIMER),
              Set.of(RuleNames.COPYRIGHT_LINE)));

  /** Creates an extractor. */
  public MetadataExtractor() {}

  /**
   * Extracts the metadata of one article.
   *
   * @param lines the article file's text split on line breaks ({@code text.split("\\R", -1)}), as
   *     scraped, page furniture included
   * @return the metadata, each value with the rule that found it, and the indexes of the lines that
   *     only carry metadata
   */
  public Extraction extract(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    ArticleLines page = new ArticleLines(lines);
    Findings findings = collect(page);
    Map<MetadataField, Candidate> chosen = choose(findings.candidates());
    return new Extraction(metadata(chosen), metadataLines(findings, chosen));
  }

  private static Findings collect(ArticleLines page) {
    Findings findings = new Findings();
    Optional<TitleRules.Title> title = TitleRules.find(page);
    title.ifPresent(
        t -> {
          findings.markMetadata(t.lines());
          findings.propose(new Candidate(TITLE, t.text(), t.rule(), t.line(), t.lines()));
        });
    int titleLine = title.map(TitleRules.Title::line).orElse(-1);
    MastheadRules.collect(page, titleLine, findings);
    BylineRules.collect(page, findings);
    DateRules.collect(page, titleLine, findings);
    SignOffRules.collect(page, findings);
    OutletRules.collect(page, findings);
    AuthorBioRules.collect(page, findings);
    return findings;
  }

  private static Map<MetadataField, Candidate> choose(List<Candidate> candidates) {
    Map<MetadataField, Candidate> chosen = new EnumMap<>(MetadataField.class);
    for (MetadataField field : MetadataField.values()) {
      best(field, candidates).ifPresent(candidate -> chosen.put(field, candidate));
    }
    return chosen;
  }

  private static Optional<Candidate> best(MetadataField field, List<Candidate> candidates) {
    for (Set<String> tier : PRECEDENCE.get(field)) {
      Optional<Candidate> topMost =
          candidates.stream()
              .filter(c -> c.field() == field && tier.contains(c.rule()))
              .min(Comparator.comparingInt(Candidate::line));
      if (topMost.isPresent()) {
        return topMost;
      }
    }
    return Optional.empty();
  }

  private static ArticleMetadata metadata(Map<MetadataField, Candidate> chosen) {
    ArticleMetadata metadata = ArticleMetadata.empty();
    for (Map.Entry<MetadataField, Candidate> entry : chosen.entrySet()) {
      Candidate candidate = entry.getValue();
      metadata = metadata.with(entry.getKey(), FieldValue.of(candidate.value(), candidate.rule()));
    }
    return metadata;
  }

  /** Furniture lines, plus the lines of every candidate that agrees with a reported value. */
  private static Set<Integer> metadataLines(
      Findings findings, Map<MetadataField, Candidate> chosen) {
    Set<Integer> lines = new TreeSet<>(findings.metadataLines());
    for (Candidate candidate : findings.candidates()) {
      Candidate winner = chosen.get(candidate.field());
      if (winner != null && winner.value().equalsIgnoreCase(candidate.value())) {
        lines.addAll(candidate.sourceLines());
      }
    }
    return lines;
  }
}
