package corpussearch.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.eval.GeneratedPage.Byline;
import corpussearch.indexer.eval.GeneratedPage.DateLine;
import corpussearch.indexer.eval.GeneratedPage.Source;
import corpussearch.indexer.eval.GeneratedPage.Trap;
import corpussearch.indexer.extract.MetadataField;
import corpussearch.indexer.warc.WarcFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Pages no evaluation set holds: random combinations of CMS shells ({@link PageShell}), metadata
 * sources (JSON-LD plain, in a graph or an array, microdata, OpenGraph, Dublin Core, meta author,
 * Parse.ly, Sailthru, none), traps (a shortened og:title, the viewing day in a top bar, an issuing
 * organisation as Dublin Core creator, a title suffix longer than the site's name, "Created … Last
 * modified …" stamps, a section label above the headline, a tagline under the logo, the site's name and its place as the
 * title, a publisher declared with its legal form, "Outlet SA", a newsroom as Dublin Core creator, "Redaktion NG", a title suffix cut to initials, "KV Times", on a host that spells it,
 * links labelled "Home" beside the logo and in a pager, a public body's office
 * with its parent under the logo and both in Dublin Core's creator, a host name as og:site_name; outlets with letters a host writes out, "Ærø Avis" on aeroeavis), bylines
 * (among them authors joined by another language's "and", "Writers: A / B", a table layout's
 * "Report: A, Town", another language's "by", "Staff writer A", a reporting-and-editing credit, "Por/By A y B", a contributor's organisation after the name, names with roles
 * over the dates, a labelled signature under the text, "A in Town and B in Town", "Words &amp; pictures: A &amp; B"), dates (among them a Russian month name) and furniture ({@link PageFurniture}: CMS widgets, a release's "About X" and
 * media contact, newsletter sponsor boxes and polls, standfirsts, small print, labelled notices, consent bars, teaser cards
 * between component boxes, reader-funding appeals, syndication and print notes, consent bars with bracketed buttons, captions credited to their source, a bilingual "most read"
 * line, calls for readers' notices, inbox prompts after a phrase in another language, a partner's box with a loose label, notes
 * on funded posts, picture services, letters and external links), built into a real index
 * and scored as the evaluation sets are. Every field comes out as the page states it or unknown,
 * never wrong; every body paragraph is findable, no furniture phrase is.
 */
class GeneratedPagesTest {

  private static final List<String> OUTLETS = List.of("Kestrel Valley Times", "The Harbour Light Courier", "Northfield Gazette",
      "Ostara Daily", "The Marlow Ridge Record", "Coral Coast Sentinel", "Brackenmoor Herald", "Sundara Post", "The Wexley Post & Mercury",
      "Ærø Avis", "Østlandets Blad");
  private static final List<String> PEOPLE = List.of("Amara Okafor", "Tomasz Wieczorek", "Priya Raghavan", "Liam O'Connell",
      "Sofia Marchetti", "Kwame Mensah", "Hannah Lindqvist", "Rafael Duarte", "María José García", "Jean-Luc Moreau");
  private static final List<String> PLACES = List.of("Eastgate", "Millbrook", "Tarrow", "Kinsale Bay", "Ashby Moor");
  private static final List<String> THINGS = List.of("library", "ferry service", "bus depot", "swimming pool", "market hall");
  private static final List<String> PREDICATES = List.of("to close for repairs until the spring", "gets £4m upgrade after long campaign",
      "reopens after two-year rebuild", "faces cuts as council budget gap widens");
  private static final List<String> PARAGRAPHS = List.of(
      "Officials said the THING in PLACE had been under pressure for years, and that the plan approved on Tuesday was the only way to keep"
          + " it running through the next decade.",
      "\"We have waited a long time for this,\" said one resident, who has used the THING in PLACE for more than thirty years and"
          + " remembers when it first opened.",
      "The council's finance committee heard that running costs had risen by almost a fifth since 2019, largely because of energy"
          + " bills and repairs to the roof.",
      "Opposition councillors questioned whether the figures added up, saying similar promises had been made twice before and never kept.",
      "A public consultation will open next month, and residents of PLACE will be invited to drop-in sessions at the town hall to"
          + " give their views.",
      "Staff at the THING were told of the decision at a meeting on Wednesday morning, and a union representative said they were"
          + " relieved but cautious.");

  private Path work;

  @BeforeTry
  void makeWork() throws IOException {
    work = Files.createTempDirectory("generated-pages");
  }

  @AfterTry
  void removeWork() throws IOException {
    try (var files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Property(tries = 8)
  void everyFieldIsRightOrUnknownAndOnlyTheTextIsFindable(@ForAll("pages") List<GeneratedPage> pages, @ForAll boolean archived,
      @ForAll boolean gzip) throws IOException {
    Path set = Files.createDirectories(work.resolve("set"));
    List<String> gold = new ArrayList<>();
    String archive = gzip ? "crawl.warc.gz" : "crawl.warc";
    try (WarcFiles warc = archived ? new WarcFiles(set.resolve(archive), gzip) : null) {
      for (int i = 0; i < pages.size(); i++) {
        GeneratedPage page = pages.get(i);
        String file = archived ? archive : "p%02d_%s.html".formatted(i, page.shell().name().toLowerCase(java.util.Locale.ROOT));
        if (archived) {
          warc.response(page.url(), 200, "text/html; charset=utf-8", page.html());
        } else {
          Files.writeString(set.resolve(file), page.html());
        }
        gold.add(page.gold(file, archived));
      }
    }
    Files.write(set.resolve(GoldArticle.GOLD_FILE), gold);
    EvaluationReport report = ExtractionEvaluation.evaluate(set, work.resolve("build"));

    List<String> problems = new ArrayList<>();
    String firstPage = null;
    for (ArticleScore score : report.articles()) {
      List<String> wrong = problems(score);
      if (!wrong.isEmpty() && firstPage == null) {
        firstPage = pages.get(report.articles().indexOf(score)).html();
      }
      wrong.forEach(problem -> problems.add(score.gold().file() + " " + score.gold().url() + " (" + score.gold().layout() + "): " + problem));
    }
    assertThat(problems).as("the first page that went wrong:\n%s", firstPage).isEmpty();
  }

  /** What the build got wrong on one page: a field stated otherwise, body lost, furniture kept. */
  private static List<String> problems(ArticleScore score) {
    if (score.extracted() == null) {
      return List.of("not indexed");
    }
    List<String> problems = new ArrayList<>();
    for (MetadataField field : MetadataField.values()) {
      // The headline is always shown; other fields may be unknown, never wrong.
      boolean allowedUnknown = field != MetadataField.TITLE && !score.extracted().get(field).isKnown();
      if (!score.correct().get(field) && !allowedUnknown) {
        problems.add(field.key() + " is " + score.extracted().get(field));
      }
    }
    score.missingBody().forEach(phrase -> problems.add("body missing: " + phrase));
    score.leakedFurniture().forEach(phrase -> problems.add("furniture kept: " + phrase));
    return problems;
  }

  @Provide
  Arbitrary<List<GeneratedPage>> pages() {
    return page().list().ofMinSize(8).ofMaxSize(16).uniqueElements(GeneratedPage::url);
  }

  private Arbitrary<GeneratedPage> page() {
    // Some headlines open with a quoted remark and a colon, which a title cleaner may take for a site's name.
    Arbitrary<String> headline = Combinators.combine(Arbitraries.of("", "'We were never asked': ", "Analysis: "), Arbitraries.of(PLACES),
        Arbitraries.of(THINGS), Arbitraries.of(PREDICATES)).as((kicker, place, thing, predicate) -> kicker + place + " " + thing + " " + predicate);
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 2500).map(days -> LocalDate.of(2018, 1, 1).plusDays(days));
    return Builders.withBuilder(Draft::new)
        .use(Arbitraries.of(PageShell.class)).in(Draft::shell)
        .use(Arbitraries.of(OUTLETS)).in(Draft::outlet)
        .use(headline).in(Draft::headline)
        .use(Arbitraries.of(PEOPLE).list().ofMinSize(0).ofMaxSize(2).uniqueElements()).in(Draft::authors)
        .use(date.injectNull(0.15)).in(Draft::date)
        .use(Arbitraries.integers().between(1, 40).injectNull(0.6)).in(Draft::updatedAfter)
        .use(Arbitraries.of(Source.class).set().ofMaxSize(3)).in(Draft::sources)
        .use(Arbitraries.of(Byline.class)).in(Draft::byline)
        .use(Arbitraries.of(DateLine.class)).in(Draft::dateLine)
        .use(Arbitraries.of(Trap.class).set().ofMaxSize(2)).in(Draft::traps)
        .use(Arbitraries.of(PageFurniture.class).set().ofMaxSize(5)).in(Draft::furniture)
        .use(Arbitraries.integers().between(0, PARAGRAPHS.size() - 1).list().ofMinSize(3).ofMaxSize(5).uniqueElements())
        .in(Draft::paragraphs)
        .build(Draft::page);
  }

  /** A page being drawn: what it states follows from where it states it. */
  private static final class Draft {
    PageShell shell;
    String outlet;
    String headline;
    List<String> authors;
    LocalDate date;
    Integer updatedAfter;
    Set<Source> sources;
    Byline byline;
    DateLine dateLine;
    Set<Trap> traps;
    Set<PageFurniture> furniture;
    List<Integer> paragraphs;

    Draft shell(PageShell value) { shell = value; return this; }
    Draft outlet(String value) { outlet = value; return this; }
    Draft headline(String value) { headline = value; return this; }
    Draft authors(List<String> value) { authors = value; return this; }
    Draft date(LocalDate value) { date = value; return this; }
    Draft updatedAfter(Integer value) { updatedAfter = value; return this; }
    Draft sources(Set<Source> value) { sources = value; return this; }
    Draft byline(Byline value) { byline = value; return this; }
    Draft dateLine(DateLine value) { dateLine = value; return this; }
    Draft traps(Set<Trap> value) { traps = value; return this; }
    Draft furniture(Set<PageFurniture> value) { furniture = value; return this; }
    Draft paragraphs(List<Integer> value) { paragraphs = value; return this; }

    GeneratedPage page() {
      Set<Source> declared = sources.isEmpty() ? EnumSet.noneOf(Source.class) : EnumSet.copyOf(sources);
      // Every source names the authors; all but a meta author also give the date.
      boolean namesAuthors = byline != Byline.NONE || !declared.isEmpty();
      List<String> stated = namesAuthors ? authors : List.of();
      boolean statesDate = dateLine != DateLine.NONE || declared.stream().anyMatch(source -> source != Source.META_AUTHOR);
      String place = PLACES.stream().filter(headline::contains).findFirst().orElseThrow();
      String thing = THINGS.stream().filter(headline::contains).findFirst().orElseThrow();
      List<String> text = paragraphs.stream().map(i -> PARAGRAPHS.get(i).replace("PLACE", place).replace("THING", thing)).toList();
      List<PageFurniture> kinds = furniture.stream().filter(kind -> kind.fits(shell))
          .filter(kind -> kind != PageFurniture.AUTHOR_BIO && kind != PageFurniture.AUTHOR_CARD || !stated.isEmpty())
          // A mailing's web post opens on its greeting, not on a standfirst.
          .filter(kind -> kind != PageFurniture.STANDFIRST || !furniture.contains(PageFurniture.MAILING_GREETING))
          // A note of the day the story ran in print dates a page that states no date of its own: there it is no furniture's date.
          .filter(kind -> kind != PageFurniture.REPUBLISHED_NOTE || statesDate).toList();
      LocalDate published = statesDate ? date : null;
      LocalDate updated = updatedAfter == null || date == null ? null : date.plusDays(updatedAfter);
      return new GeneratedPage(shell, outlet, headline, stated, published, updated, declared, byline, dateLine, traps, kinds, text);
    }
  }
}
