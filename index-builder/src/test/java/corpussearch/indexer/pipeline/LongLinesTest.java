package corpussearch.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.corpus.MetadataOverrides;
import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.html.HtmlPage;
import corpussearch.indexer.paragraphs.Paragraph;
import corpussearch.indexer.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A line may be as long as a file: a paragraph pasted without breaks, a run of dashes or dots,
 * a list of names with no full stop. Rules that went one level deeper into the stack for each
 * repetition threw on such a line and ended the build; now every article with one is read, as
 * text and as a saved page, on a stack far smaller than a worker thread's, and its story kept.
 */
class LongLinesTest {

  private static final String STORY = "The harbour board voted on Tuesday to dredge the channel before the winter storms, its chair said.";

  private static final long SMALL_STACK_BYTES = 512 * 1024;

  @Property(tries = 25)
  void aTextWithALongLineIsRead(@ForAll("lines") String line) throws InterruptedException {
    String text = "Harbour board votes to dredge channel\n\nBy Ana Ruiz\n\n" + line + "\n\n" + STORY + "\n";
    SourceDocument source = new SourceDocument("a", "a.txt", text, null, ArticleMetadata.empty(), text);

    assertThat(onSmallStack(() -> new ArticlePipeline(MetadataOverrides.none()).process(source)).article().paragraphs())
        .extracting(Paragraph::text).contains(STORY);
  }

  @Property(tries = 25)
  void aPageWithALongLineIsRead(@ForAll("lines") String line) throws InterruptedException {
    byte[] html = ("<html><head><title>" + line + "</title></head><body><article><h1>Harbour board votes to dredge channel</h1><p>" + line
        + "</p><p>" + STORY + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);

    ArticlePipeline.Result result = onSmallStack(() -> {
      HtmlPage page = HtmlPage.parse(html, null, "https://harbour.example/news/dredging");
      return new ArticlePipeline(MetadataOverrides.none()).process(page.document("a", "a.html", page.metadata(), "a"));
    });

    assertThat(result.article().paragraphs()).extracting(Paragraph::text).contains(STORY);
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> symbols = Arbitraries.strings().withChars("aAbZé1.-,:;/'’\"&*_#|·—()@ ?!").ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> words = Arbitraries.of("a.", "a-", "A ", "Ab ", "1.", "a-b.", "A. ", "Mr ", "The ", "and ", "Ann Lee, ", "von ",
        "2024 ", "12:30 ", "a.b/", "www.a", "**", "AB-", "> ", "Jan ");
    return Arbitraries.oneOf(symbols, words).map(unit -> unit.repeat(20_000 / unit.length()));
  }

  private interface Work {
    ArticlePipeline.Result run();
  }

  private static ArticlePipeline.Result onSmallStack(Work work) throws InterruptedException {
    AtomicReference<ArticlePipeline.Result> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.run());
      } catch (RuntimeException | StackOverflowError e) {
        failure.set(e);
      }
    }, "small-stack", SMALL_STACK_BYTES);
    thread.start();
    thread.join();
    assertThat(failure.get()).as("reading the article failed").isNull();
    return result.get();
  }
}
