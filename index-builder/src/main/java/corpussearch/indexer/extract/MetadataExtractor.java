package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.TITLE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Works out an article's title, author, outlet and date from its scraped text, and which lines are
 * page furniture rather than body text.
 *
 * <p>Every value comes from a general rule about how news pages are laid out, never from knowledge
 * of particular sites or people, and carries that rule's name. What the text does not say stays
 * {@link FieldValue#unknown() unknown}. The rules live in one small class per kind of evidence:
 * {@link TitleRules} (with {@link PageHeader} and {@link HeadlineShape}), {@link MastheadRules},
 * {@link BylineRules}, {@link CitationLines}, {@link AuthorLineRules}, {@link DateRules} (with
 * {@link DateConvention}), {@link SignOffRules}, {@link OutletRules}, {@link OutletMentionRules},
 * {@link AcronymOutlets}, {@link InitialledOutlets} and {@link AuthorBioRules}, helped by {@link
 * DateParser} (with {@link YearlessDates}), {@link PersonNames}, {@link OutletNames}, {@link
 * NavigationLines}, {@link AnnouncementLines} and {@link ToolNames}.
 *
 * <h2>Scoring</h2>
 *
 * Every line that could give a value is a {@link Candidate} named after the evidence that found it
 * (a masthead, a byline, a copyright line, a wire dateline …). {@link CandidateScoring} weighs each
 * one and adds support from every other kind of evidence naming the same value; the
 * best-supported candidate wins and the report names its rule. Top-of-page and labelled evidence
 * weighs more than inferred and footer evidence, where the site describes itself or its parent
 * company.
 *
 * <h2>Metadata lines</h2>
 *
 * The title and its repeats, navigation, masthead and tagline lines above the title, bylines,
 * "WRITTEN BY:" blocks, date lines, sign-offs, disclaimers and copyright notices are always
 * metadata lines, and so is a consent banner above the masthead. An author bio, a "covers … for"
 * line or a footer that describes the publication is one only when it names the reported value.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class MetadataExtractor {

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
    List<Candidate> candidates = Letterheads.withoutMastheads(OutletRules.withoutWriters(withoutTools(page, findings.candidates())));
    Map<MetadataField, Candidate> chosen = choose(CommonWordNames.withoutCommonWords(page, PlaceNames.withoutPlaces(page, withoutIssuers(candidates))));
    ArticleMetadata metadata = metadata(page, chosen);
    // "H. Kessler" in a short credit is the "Hannah Kessler" the bio under the text names.
    metadata = metadata.with(MetadataField.AUTHOR, InitialledNames.spelledOut(metadata.author(), lines));
    metadata = metadata.with(TITLE, ColumnTitles.withoutWriter(metadata.title(), metadata.author()));
    return new Extraction(metadata, metadataLines(findings, chosen));
  }

  private static Findings collect(ArticleLines page) {
    Findings findings = new Findings();
    Optional<TitleRules.Title> stated = FieldValues.collect(page, findings);
    // A report's running head, printed on every page, comes first and has no headline's furniture shape on its own.
    findings.markMetadata(RunningHeaders.repeatedHeads(page));
    // A letterhead ("INDUS CENTRE FOR SECURITY STUDIES" over "ISSUE BRIEF"), inline, stacked or a block, is never the headline.
    Letterheads.collect(page, findings);
    Optional<TitleRules.Title> title = HeadlineOverByline.preferred(page,
        stated.filter(t -> RuleNames.LIST_SUBJECT.equals(t.rule()))
            .flatMap(t -> pastedHeadline(page, t.line(), findings.metadataLines()))
            .or(() -> stated.map(t -> StatedTitles.echoed(page, t)))
            .or(() -> TitleRules.find(page, findings.metadataLines())), findings.metadataLines());
    title.ifPresent(t -> proposeTitle(page, t, findings));
    int titleLine = title.map(TitleRules.Title::line).orElse(-1);
    // A banner ("=== FEED ===", "--- Forwarded message ---") frames content and never is any.
    page.nonBlank().stream().filter(line -> PageHeader.isBanner(page.text(line))).forEach(findings::markMetadata);
    findings.markMetadata(PageHeader.ruledHeader(page));
    // Above the body, a line of no headline's shape ("5 min read · Leer en español", a mail header) is the page's.
    page.nonBlank().stream().filter(line -> page.isTop(line) && HeadlineShape.isFurnitureAboveBody(page.text(line))).forEach(findings::markMetadata);
    RunningHeaders.collect(page, findings);
    WireCopy.collect(page, titleLine, findings);
    FieldValues.markTopLabels(page, titleLine, findings);
    // With no headline found, the header still ends at the first byline, date line or paragraph.
    MastheadRules.collect(page, titleLine >= 0 ? titleLine : PageHeader.headerEnd(page), findings);
    BylineRules.collect(page, titleLine, findings);
    SegmentedBylines.collect(page, findings);
    CitationLines.collect(page, findings);
    CreditRules.collect(page, findings);
    DateRules.collect(page, titleLine, findings);
    SignOffRules.collect(page, findings);
    OutletRules.collect(page, findings);
    collectWritersNamedLate(page, findings);
    AuthorLineRules.collect(page, findings);
    UnlabelledBylines.collect(page, findings);
    int titleEnd = title.map(TitleRules.Title::lastLine).orElse(-1);
    AffiliatedBylines.collect(page, titleEnd, findings);
    SiteNameUnderHeadline.collect(page, titleEnd, findings);
    collectOutlets(page, findings);
    return findings;
  }

  /** The rules that name the writer late on the page, weakly: a bio, a link to the writer's other pieces. */
  private static void collectWritersNamedLate(ArticleLines page, Findings findings) {
    AuthorBioRules.collect(page, findings);
    MoreByLinks.collect(page, findings);
  }

  /** The rules that name only the outlet: a postal footer, a role line, mentions, initials and the site's address. */
  private static void collectOutlets(ArticleLines page, Findings findings) {
    PostalAddressOutlets.collect(page, findings);
    RoleLineOutlets.collect(page, findings);
    OutletMentionRules.collect(page, findings);
    AcronymOutlets.collect(page, findings);
    InitialledOutlets.collect(page, findings);
    HostSpelledOutlets.collect(page, findings);
    HomeLinkOutlets.collect(page, findings);
    FeedTitleOutlets.collect(page, findings);
    OwnReportingMentions.collect(page, findings);
  }

  /**
   * The headline of what a list member pasted under a banner ("-------- Original message --------",
   * "----- begin article -----", the first below the {@code subject} line): their subject line and
   * greeting above it are theirs, not the article's. None without a banner, where the member's note
   * and the article cannot be told apart.
   */
  private static Optional<TitleRules.Title> pastedHeadline(ArticleLines page, int subject, Set<Integer> furniture) {
    int banner = page.nonBlank().stream().filter(line -> line > subject && PageHeader.isBanner(page.text(line))).findFirst().orElse(-1);
    if (banner < 0) {
      return Optional.empty();
    }
    Set<Integer> above = new TreeSet<>(furniture);
    IntStream.rangeClosed(0, banner).forEach(above::add);
    return TitleRules.find(page, above);
  }

  /** Proposes the headline, without an outlet's name before or after it, which is proposed as the outlet. */
  private static void proposeTitle(ArticleLines page, TitleRules.Title t, Findings findings) {
    findings.markMetadata(t.lines());
    // A title a field states is read off its field, not off the line the block starts on.
    boolean onItsLine = t.text().startsWith(page.text(t.line()));
    Optional<TitleOutletSplit.Suffixed> suffixed = !onItsLine ? Optional.empty()
        : TitleOutletSplit.outletSuffix(page, t.line()).or(() -> TitleOutletSplit.outletPrefix(page, t.line()));
    String headline = WireCopy.withoutTag(suffixed.map(TitleOutletSplit.Suffixed::headline).orElse(t.text()));
    findings.propose(new Candidate(TITLE, headline, t.rule(), t.line(), t.lines()));
    suffixed.filter(s -> s.outlet() != null).ifPresent(s -> findings.propose(
        new Candidate(MetadataField.OUTLET, s.outlet(), s.rule(), t.line(), t.lines())));
  }

  /** The candidates without outlets that name the program the page was kept with ({@link ToolNames}). */
  private static List<Candidate> withoutTools(ArticleLines page, List<Candidate> candidates) {
    Set<String> tools = ToolNames.of(page);
    return tools.isEmpty() ? candidates : candidates.stream()
        .filter(c -> c.field() != MetadataField.OUTLET || !ToolNames.isTool(c.value(), tools)).toList();
  }

  /** The candidates without authors that name an organisation ({@link AuthorLineRules#isIssuer}): unknown beats a trust. */
  private static List<Candidate> withoutIssuers(List<Candidate> candidates) {
    return candidates.stream().filter(c -> c.field() != MetadataField.AUTHOR || !AuthorLineRules.isIssuer(c.value())).toList();
  }

  private static Map<MetadataField, Candidate> choose(List<Candidate> candidates) {
    Map<MetadataField, Candidate> chosen = new EnumMap<>(MetadataField.class);
    for (MetadataField field : MetadataField.values()) {
      CandidateScoring.best(field, candidates).ifPresent(candidate -> chosen.put(field, candidate));
    }
    Candidate outlet = chosen.get(MetadataField.OUTLET);
    if (outlet != null && chosen.containsKey(MetadataField.AUTHOR) && names(chosen.get(MetadataField.AUTHOR), outlet)) {
      // The page's own outlet is not its author when a person is also named ("Nile Pulse / Ladu James" is a
      // photo credit's tail): the next best is. Alone, the name may be a person's that the page's header shows.
      CandidateScoring.best(MetadataField.AUTHOR, candidates.stream().filter(c -> !names(c, outlet)).toList())
          .ifPresent(author -> chosen.put(MetadataField.AUTHOR, author));
    }
    return chosen;
  }

  /** Whether {@code author} names nobody but the outlet. */
  private static boolean names(Candidate author, Candidate outlet) {
    return author.field() == MetadataField.AUTHOR && OutletNames.comparable(author.value()).equals(OutletNames.comparable(outlet.value()));
  }

  /**
   * The author list without the outlet's name: "By Jane Doe, Meridian Wire" names the reporter and
   * her agency, and a publication is never one of the authors; nor is a partner paper the page
   * writes as "the Name" ({@link AffiliatedBylines#publications}).
   */
  private static Candidate withoutOutlet(ArticleLines page, Candidate author, Candidate outlet) {
    if (author == null) {
      return null;
    }
    String key = outlet == null ? null : OutletNames.comparable(outlet.value());
    List<String> names = AuthorLineRules.split(author.value());
    List<String> papers = AffiliatedBylines.publications(page, names);
    List<String> people = names.stream()
        .filter(name -> !OutletNames.comparable(name).equals(key) && !papers.contains(name)).toList();
    return people.isEmpty() || people.size() == names.size()
        ? author
        : new Candidate(author.field(), AuthorLineRules.joined(people), author.rule(), author.line(), author.sourceLines());
  }

  private static ArticleMetadata metadata(ArticleLines page, Map<MetadataField, Candidate> chosen) {
    chosen.computeIfPresent(MetadataField.AUTHOR, (field, author) -> withoutOutlet(page, author, chosen.get(MetadataField.OUTLET)));
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
      if (winner != null && CandidateScoring.agree(winner, candidate)) {
        lines.addAll(candidate.sourceLines());
      }
    }
    return lines;
  }
}
