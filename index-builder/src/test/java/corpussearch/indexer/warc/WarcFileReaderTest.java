package corpussearch.indexer.warc;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.corpus.CorpusReader;
import corpussearch.indexer.source.SourceDocument;
import corpussearch.indexer.source.WebAddresses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class WarcFileReaderTest {

  enum Kind { ARTICLE, REQUEST, REVISIT, NOT_FOUND, REDIRECT, PDF }

  record Read(List<SourceDocument> documents, List<CorpusProblem> problems) {}

  static Read read(Path corpus, long maxBytes) throws IOException {
    CorpusReader reader = new CorpusReader(corpus, maxBytes);
    List<SourceDocument> documents = new ArrayList<>();
    reader.read(reader.files(), documents::add);
    return new Read(documents, reader.problems());
  }

  static String paragraph(int i) {
    return "Paragraph " + i + " tells how the harbour board met again on Thursday and agreed, after a long debate, to rebuild the pier.";
  }

  @Property(tries = 15)
  void everyHtmlPageWithStatus200IsAnArticleAndTheRestAreCounted(@ForAll @Size(min = 1, max = 12) List<Kind> kinds, @ForAll boolean gzip) throws IOException {
    Path corpus = Files.createTempDirectory("warc");
    List<String> articleUrls = new ArrayList<>();
    try (WarcFiles warc = new WarcFiles(corpus.resolve(gzip ? "crawl.warc.gz" : "crawl.warc"), gzip)) {
      for (int i = 0; i < kinds.size(); i++) {
        String url = "https://www.example-news.org/story/" + i;
        switch (kinds.get(i)) {
          case ARTICLE -> {
            warc.response(url, 200, "text/html; charset=utf-8", WarcFiles.article("<title>Story " + i + "</title>", paragraph(i), paragraph(i + 100)));
            articleUrls.add(url);
          }
          case REQUEST -> warc.request(url);
          case REVISIT -> warc.revisit(url);
          case NOT_FOUND -> warc.response(url, 404, "text/html", WarcFiles.article("", paragraph(i)));
          case REDIRECT -> warc.response(url, 301, "text/html", "");
          case PDF -> warc.response(url, 200, "application/pdf", "%PDF-1.4");
        }
      }
    }
    Read read = read(corpus, 1_000_000);
    assertThat(read.documents()).extracting(SourceDocument::url).containsExactlyElementsOf(articleUrls);
    assertThat(read.documents()).extracting(SourceDocument::articleId)
        .containsExactlyElementsOf(articleUrls.stream().map(WebAddresses::articleId).toList());
    assertThat(read.documents()).allSatisfy(doc -> {
      assertThat(doc.given().date().value()).isEqualTo("2023-05-06");
      assertThat(doc.given().date().rule()).isEqualTo("warc-capture-date");
      assertThat(doc.paragraphs()).hasSize(2);
    });
    int skipped = kinds.size() - articleUrls.size();
    assertThat(read.problems()).hasSize(skipped == 0 ? 0 : 1);
    if (skipped > 0) {
      String summary = read.problems().get(0).message();
      assertThat(summary).startsWith("skipped records that are not articles: ");
      int counted = java.util.Arrays.stream(summary.replaceAll("[^0-9 ]", " ").replaceAll("\\b\\d{3}\\b", "").trim().split("\\s+"))
          .filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).sum();
      assertThat(counted).isEqualTo(skipped);
    }
  }

  @Property(tries = 5)
  void aPageThatStatesItsDateKeepsIt(@ForAll boolean gzip) throws IOException {
    Path corpus = Files.createTempDirectory("warc");
    try (WarcFiles warc = new WarcFiles(corpus.resolve("a.warc"), gzip)) {
      warc.response("https://example.org/a", 200, "text/html",
          WarcFiles.article("<meta property=\"article:published_time\" content=\"2021-01-02\">", paragraph(1)));
    }
    SourceDocument doc = read(corpus, 1_000_000).documents().get(0);
    assertThat(doc.given().date().value()).isEqualTo("2021-01-02");
    assertThat(doc.given().date().rule()).isEqualTo("article:published_time");
  }
}
